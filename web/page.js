// The page: checks dropped files and fills in the application form, on the
// module's interface (web.md) alone. Every verdict, diagnostic and
// explanation comes from the library; this file only lays them out.
"use strict";
(function () {
  const words = GNLC_WORDS[document.documentElement.lang] || GNLC_WORDS.en;
  const $ = (id) => document.getElementById(id);
  const say = (template, values) =>
    template.replace(/\{(\w+)\}/g, (all, name) => (values && name in values ? String(values[name]) : all));
  const element = (tag, attributes, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  };

  for (const node of document.querySelectorAll("[data-words]")) node.textContent = words[node.dataset.words];
  document.title = words.title;

  let gnlc = null;
  const todayInBerlin = () => {
    const parts = {};
    for (const part of new Intl.DateTimeFormat("en-US-u-nu-latn", {
      timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit",
    }).formatToParts(new Date())) parts[part.type] = part.value;
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
  $("as-of-help").textContent = say(words.as_of_help, { today: todayInBerlin() });

  // ---- Options shared by both halves: as of, registry, calendar.
  const optionFiles = { members: null, calendar: null };
  const checkOptions = () => {
    const options = {};
    if ($("as-of").value) options.as_of = $("as-of").value;
    if (optionFiles.members) options.members = optionFiles.members;
    if (optionFiles.calendar) options.calendar = optionFiles.calendar;
    return options;
  };
  const readFile = (file) =>
    file.arrayBuffer().then((buffer) => ({ path: file.name, bytes: new Uint8Array(buffer) }));

  // ---- Checking files.
  let checked = [];  // [{path, bytes, text}]
  const decoder = new TextDecoder("utf-8", { fatal: false });

  function diagnosticItem(diagnostic, anchorPrefix) {
    const severity = diagnostic.severity === "error" ? words.error : words.warning;
    const where = diagnostic.line
      ? element("a", { href: `#${anchorPrefix}-l${diagnostic.line}`,
                       text: say(words.line_column, diagnostic) })
      : document.createTextNode(words.no_position);
    const explanation = element("pre", { className: "explain" });
    const details = element("details", {}, element("summary", { text: say(words.explain, diagnostic) }), explanation);
    details.addEventListener("toggle", () => {
      if (details.open && !explanation.textContent) {
        try { explanation.textContent = gnlc.explain(diagnostic.rule); } catch (error) { explanation.textContent = error.message; }
      }
    });
    return element("li", { "data-rule": diagnostic.rule, "data-line": diagnostic.line, "data-column": diagnostic.column,
                           "data-severity": diagnostic.severity },
      where, ": ", element("span", { className: `sev-${diagnostic.severity}`, text: severity }), " ",
      element("span", { className: "message", text: diagnostic.message }), " ",
      element("span", { className: "rule", text: `[${diagnostic.rule}]` }),
      diagnostic.hint ? element("div", { className: "hint", text: words.hint + diagnostic.hint }) : null,
      details);
  }

  function sourceView(text, marked, anchorPrefix, path) {
    const list = element("ol", { className: "source", "aria-label": say(words.file_text, { path }), tabindex: "0" });
    const lines = text.split("\n");
    if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    lines.forEach((line, i) => {
      const n = i + 1;
      const isMarked = marked.has(n);
      list.append(element("li", { id: `${anchorPrefix}-l${n}`, className: isMarked ? "marked" : null },
        element("span", { className: "ln", "aria-hidden": "true", text: String(n) }),
        isMarked ? element("span", { className: "visually-hidden", text: `${words.marked_line}: ` }) : null,
        element("code", { text: line.replace(/\r$/, "") })));
    });
    return list;
  }

  function runCheck() {
    const results = $("results");
    results.replaceChildren();
    $("check-summary").textContent = "";
    if (!gnlc || checked.length === 0) return;
    let report;
    const started = performance.now();
    try {
      report = JSON.parse(gnlc.check(checked.map(({ path, bytes }) => ({ path, bytes })), checkOptions()));
    } catch (error) {
      $("check-summary").textContent = words.check_failed + error.message;
      return;
    }
    const milliseconds = performance.now() - started;
    const summary = report.summary;
    $("check-summary").textContent = say(words.checked, { ...summary, ms: milliseconds.toFixed(1) });
    $("check-summary").dataset.ms = String(milliseconds);
    report.files.forEach((file, index) => {
      const prefix = `file${index}`;
      const source = checked[index] || checked.find((c) => c.path === file.path);
      const marked = new Set(file.diagnostics.map((d) => d.line).filter((line) => line > 0));
      const article = element("article", { className: "file", "aria-labelledby": `${prefix}-name`,
                                            "data-path": file.path, "data-valid": String(file.valid) },
        element("h3", { id: `${prefix}-name` },
          element("span", { className: `verdict ${file.valid ? "valid" : "invalid"}`,
                            text: file.valid ? `✔ ${words.valid}` : `✖ ${words.invalid}` }),
          ": ", file.path),
        file.diagnostics.length
          ? element("ul", { className: "diagnostics" }, ...file.diagnostics.map((d) => diagnosticItem(d, prefix)))
          : element("p", { text: words.no_problems }),
        source ? sourceView(source.text, marked, prefix, file.path) : null);
      results.append(article);
    });
  }

  async function addFiles(fileList) {
    const read = await Promise.all(Array.from(fileList).map(readFile));
    for (const file of read) {
      file.text = decoder.decode(file.bytes);
      const same = checked.findIndex((c) => c.path === file.path);
      if (same >= 0) checked[same] = file; else checked.push(file);
    }
    runCheck();
  }

  $("applications").addEventListener("change", (event) => addFiles(event.target.files));
  const drop = $("drop");
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer && event.dataTransfer.files.length) addFiles(event.dataTransfer.files);
  });
  for (const name of ["members", "calendar"]) {
    $(name).addEventListener("change", async (event) => {
      optionFiles[name] = event.target.files.length ? await readFile(event.target.files[0]) : null;
      runCheck();
      checkForm();
    });
  }
  $("clear").addEventListener("click", () => {
    checked = [];
    $("applications").value = "";
    runCheck();
  });
  $("as-of").addEventListener("change", () => { runCheck(); checkForm(); });

  // ---- The form, generated from the format description.
  let format = null;
  const fieldId = (table, key) => `field-${table || "top"}-${key}`;
  const fieldName = (table, key) => (table ? `${table}.${key}` : key);
  const labelOf = (table, key) => words.fields[fieldName(table, key)] || key.replace(/_/g, " ");

  function buildForm() {
    const form = $("form");
    form.replaceChildren();
    for (const table of format.tables) {
      const set = element("fieldset", { id: `table-${table.name || "top"}`, "data-table": table.name });
      set.append(element("legend", { text: words.tables[table.name] || table.name }));
      if (table.meaning) set.append(element("p", { className: "help", text: table.meaning }));
      const tableError = element("div", { className: "table-error", id: `table-${table.name || "top"}-error` });
      set.append(tableError);
      for (const field of table.fields) set.append(buildField(table, field));
      form.append(set);
    }
    form.addEventListener("input", scheduleFormCheck);
    form.addEventListener("change", scheduleFormCheck);
  }

  function buildField(table, field) {
    const id = fieldId(table.name, field.key);
    const help = `${id}-help`, error = `${id}-error`;
    const wrapper = element("div", { className: "field", "data-field": fieldName(table.name, field.key) });
    const requiredText = field.required ? words.required : words.optional;
    const described = `${help} ${error}`;
    let control;
    if (field.type === "array of strings") {
      control = element("fieldset", { className: "choices", id, "aria-describedby": described });
      control.append(element("legend", {}, labelOf(table.name, field.key), " ",
        element("span", { className: "required-mark", text: `(${requiredText})` })));
      for (const value of field.allowed)
        control.append(element("label", {}, element("input", { type: "checkbox", value, name: id }), value));
      wrapper.append(control);
    } else {
      wrapper.append(element("label", { for: id }, labelOf(table.name, field.key), " ",
        element("span", { className: "required-mark", text: `(${requiredText})` })));
      if (field.type === "bool" || field.allowed.length) {
        control = element("select", { id, "aria-describedby": described });
        control.append(element("option", { value: "", text: words.choose }));
        if (field.type === "bool") {
          control.append(element("option", { value: "true", text: words.yes }));
          control.append(element("option", { value: "false", text: words.no }));
        } else {
          for (const value of field.allowed) control.append(element("option", { value, text: value }));
        }
      } else if (field.check === "statement") {
        control = element("textarea", { id, "aria-describedby": `${described} ${id}-count`, rows: "6" });
      } else {
        const inputmode = field.type === "integer" ? "numeric" : field.type === "float" ? "decimal" : null;
        const type = field.check === "email" ? "email" : field.check === "url" ? "url" : field.check === "phone" ? "tel" : "text";
        control = element("input", { id, type: type === "email" || type === "url" || type === "tel" ? type : "text",
                                     inputmode, "aria-describedby": described, autocomplete: "off",
                                     placeholder: field.type === "date" ? "YYYY-MM-DD" : null });
      }
      if (field.required) control.setAttribute("aria-required", "true");
      wrapper.append(control);
    }
    wrapper.append(element("p", { className: "help", id: help, text: field.meaning }));
    if (field.check === "statement")
      wrapper.append(element("p", { className: "help", id: `${id}-count`, "aria-live": "polite" }));
    wrapper.append(element("p", { className: "error", id: error }));
    if (fieldName(table.name, field.key) === "format") {
      control.value = String(format.format);
      control.readOnly = true;  // the one version there is
    }
    return wrapper;
  }

  const tomlString = (text) =>
    '"' + text.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => {
      const named = { "\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r" };
      return named[c] || "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
    }) + '"';
  const INTEGER = /^[+-]?(0|[1-9](_?[0-9])*)$/;
  const FLOAT = /^[+-]?(0|[1-9](_?[0-9])*)(\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?$/;
  const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))?)?$/;
  // A TOML date literal only when it is a real date and time; anything else
  // is written as a string, which the library reports (wrong-type) without
  // losing the rest of the file to a syntax error.
  function isDateLiteral(text) {
    const m = DATE.exec(text);
    if (!m) return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(2000, month - 1, day));
    probe.setUTCFullYear(year);
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return false;
    if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 60)) return false;
    if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return false;
    return true;
  }

  function fieldValue(table, field) {
    const control = $(fieldId(table.name, field.key));
    if (field.type === "array of strings") {
      const values = Array.from(control.querySelectorAll("input:checked")).map((box) => box.value);
      return values.length ? `[${values.map(tomlString).join(", ")}]` : null;
    }
    const raw = control.value;
    const text = raw.trim();
    if (field.type === "string") {
      if (text === "") return field.required ? '""' : null;
      return tomlString(raw);
    }
    if (text === "") return null;
    if (field.type === "bool") return text;
    if (field.type === "integer" && INTEGER.test(text)) return text;
    if (field.type === "float" && FLOAT.test(text)) return text;
    if (field.type === "date" && isDateLiteral(text)) return text;
    return tomlString(raw);
  }

  // The form as a TOML file, and which line holds which field.
  function formToToml() {
    const lines = [];
    const fieldAt = new Map(), tableAt = new Map();
    for (const table of format.tables) {
      const entries = [];
      for (const field of table.fields) {
        const value = fieldValue(table, field);
        if (value !== null) entries.push([field, value]);
      }
      if (!table.name) {
        for (const [field, value] of entries) {
          fieldAt.set(lines.length + 1, fieldName("", field.key));
          lines.push(`${field.key} = ${value}`);
        }
        continue;
      }
      if (entries.length === 0 && !table.required) continue;
      lines.push("");
      tableAt.set(lines.length + 1, table.name);
      lines.push(`[${table.name}]`);
      for (const [field, value] of entries) {
        fieldAt.set(lines.length + 1, fieldName(table.name, field.key));
        lines.push(`${field.key} = ${value}`);
      }
    }
    return { text: lines.join("\n") + "\n", fieldAt, tableAt };
  }

  // Which field a diagnostic is about: the one on its line, else the key its
  // message names in the table on its line.
  function fieldOf(diagnostic, fieldAt, tableAt) {
    if (fieldAt.has(diagnostic.line)) return fieldAt.get(diagnostic.line);
    const table = tableAt.get(diagnostic.line);
    const spec = format.tables.find((t) => t.name === (table || ""));
    if (spec) {
      for (const field of spec.fields) {
        const name = fieldName(spec.name, field.key);
        if (diagnostic.message.includes(`'${name}'`) || diagnostic.message.includes(`'${field.key}'`) ||
            diagnostic.message.includes(`${name}`)) return name;
      }
    }
    return null;
  }

  let formTimer = null;
  function scheduleFormCheck() {
    clearTimeout(formTimer);
    formTimer = setTimeout(checkForm, 150);
  }

  function checkForm() {
    if (!gnlc || !format) return;
    const { text, fieldAt, tableAt } = formToToml();
    const path = $("file-name").value.trim() || "application.toml";
    let report;
    try {
      report = JSON.parse(gnlc.check([{ path, bytes: text }], checkOptions()));
    } catch (error) {
      $("form-result").textContent = words.check_failed + error.message;
      return;
    }
    const file = report.files[0];
    for (const node of document.querySelectorAll("#form .error, #form .table-error")) node.textContent = "";
    for (const node of document.querySelectorAll("#form [aria-invalid]")) node.removeAttribute("aria-invalid");
    const problems = element("ul", { className: "diagnostics", "aria-label": words.form_problems });
    for (const diagnostic of file.diagnostics) {
      const name = fieldOf(diagnostic, fieldAt, tableAt);
      const severity = diagnostic.severity === "error" ? words.error : words.warning;
      const line = `${severity}: ${diagnostic.message}${diagnostic.hint ? ` (${diagnostic.hint})` : ""} [${diagnostic.rule}]`;
      let target = null;
      if (name) {
        const [table, key] = name.includes(".") ? name.split(".") : ["", name];
        const id = fieldId(table, key);
        target = $(`${id}-error`);
        if (diagnostic.severity === "error") $(id).setAttribute("aria-invalid", "true");
      } else {
        const table = tableAt.get(diagnostic.line);
        target = $(`table-${table || "top"}-error`);
      }
      if (target) target.textContent = target.textContent ? `${target.textContent} · ${line}` : line;
      // In the form, a diagnostic points at its field rather than a line.
      const item = diagnosticItem(diagnostic, "form-file");
      const link = item.querySelector(":scope > a");
      if (link && name) {
        const [table, key] = name.includes(".") ? name.split(".") : ["", name];
        link.replaceWith(element("a", { href: `#${fieldId(table, key)}`,
          text: `${labelOf(table, key)} (${say(words.line_column, diagnostic)})` }));
      } else if (link) {
        link.replaceWith(document.createTextNode(link.textContent));
      }
      item.dataset.field = name || "";
      problems.append(item);
    }
    const summary = report.summary;
    $("form-result").textContent = file.valid
      ? (summary.warnings ? say(words.form_valid_warnings, summary) : words.form_valid)
      : say(words.form_invalid, summary);
    $("form-result").dataset.valid = String(file.valid);
    $("form-problems").replaceChildren(...(file.diagnostics.length ? [problems] : []));
    for (const table of format.tables)
      for (const field of table.fields)
        if (field.check === "statement") {
          const id = fieldId(table.name, field.key);
          const count = $(id).value.split(/\s+/u).filter((w) => w !== "").length;
          $(`${id}-count`).textContent = say(words.words_count, { count, limit: format.statement_word_limit });
        }
  }

  function saveForm() {
    const { text } = formToToml();
    const name = $("file-name").value.trim() || "application.toml";
    const url = URL.createObjectURL(new Blob([text], { type: "application/toml" }));
    const link = element("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // Comments are the one thing a TOML file holds that the form cannot: a
  // '#' outside strings.
  function hasComments(text) {
    for (const line of text.split("\n")) {
      const bare = line.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, "");
      if (bare.includes("#")) return true;
    }
    return false;
  }

  function fillForm(text, name) {
    let values;
    try {
      values = gnlc.values(text);
    } catch (error) {
      $("open-notice").textContent = say(words.not_toml, { name, message: error.message });
      return;
    }
    $("form").reset();
    $(fieldId("", "format")).value = String(format.format);
    const lost = [];
    const known = new Set(format.tables.map((t) => t.name));
    const fill = (table, entries) => {
      const spec = format.tables.find((t) => t.name === table);
      for (const [key, entry] of Object.entries(entries)) {
        if (!table && entry.kind === "table" && known.has(key)) { fill(key, entry.entries); continue; }
        const field = spec && spec.fields.find((f) => f.key === key);
        if (!field) { lost.push(fieldName(table, key)); continue; }
        const control = $(fieldId(table, key));
        if (field.type === "array of strings") {
          const chosen = new Set(Array.isArray(entry.value) ? entry.value : []);
          for (const box of control.querySelectorAll("input")) box.checked = chosen.has(box.value);
          for (const value of chosen) if (!field.allowed.includes(value)) lost.push(`${fieldName(table, key)} = "${value}"`);
        } else if (entry.kind === "boolean") {
          control.value = entry.value ? "true" : "false";
        } else if (Array.isArray(entry.value) || entry.kind === "table") {
          lost.push(fieldName(table, key));
        } else {
          control.value = String(entry.value);
          if (control.value !== String(entry.value)) lost.push(fieldName(table, key));
        }
      }
    };
    fill("", values);
    if (hasComments(text)) lost.unshift(words.comments);
    $("file-name").value = name;
    $("open-notice").textContent = say(words.opened, { name }) +
      (lost.length ? " " + say(words.will_be_lost, { what: lost.join(", ") }) : "");
    checkForm();
  }

  $("open").addEventListener("change", async (event) => {
    if (!event.target.files.length) return;
    const file = event.target.files[0];
    fillForm(decoder.decode(new Uint8Array(await file.arrayBuffer())), file.name);
  });
  $("save").addEventListener("click", saveForm);
  $("reset").addEventListener("click", () => {
    $("form").reset();
    $(fieldId("", "format")).value = String(format.format);
    $("open-notice").textContent = "";
    checkForm();
  });
  $("file-name").addEventListener("input", scheduleFormCheck);

  function showCalls() {
    let calls = [];
    try { calls = JSON.parse(gnlc.calendar({ calendar: optionFiles.calendar || undefined })); } catch (error) { return; }
    $("call-list").replaceChildren(...calls.map((call) => element("li", { text: say(words.call_row, call) })));
  }

  gnlcModule().then((module) => {
    gnlc = module;
    window.gnlc = module;  // for other scripts and the tests
    format = JSON.parse(gnlc.format());
    buildForm();
    showCalls();
    checkForm();
    $("status").textContent = "";
    document.body.dataset.ready = "true";
  }, (error) => {
    $("status").textContent = words.load_failed + error;
  });
})();
