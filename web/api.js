// The module's JavaScript interface (web.md), around the raw bindings of
// gnlc_web.cpp: optional arguments, and errors as exceptions.
function gnlcResult(raw) {
  if (raw.status === 2 && raw.out === "") throw new Error(raw.err.trim());
  return raw.out;
}
Module["check"] = function (files, options) {
  return gnlcResult(Module["raw_check"](files, options || {}));
};
Module["explain"] = function (rule) {
  return gnlcResult(Module["raw_explain"](rule === undefined ? null : rule));
};
// The format description (application_format(), which `gnlc schema` is
// generated from) as JSON text; format("json-schema") is `gnlc schema`.
Module["format"] = function (kind) {
  if (kind === "json-schema") return gnlcResult(Module["raw_schema"]());
  return Module["raw_format"]();
};
// Beyond web.md, for the page: `gnlc calendar --format json` (the call
// dates the form shows), and an application file's values (to fill the
// form), both from the same library.
Module["calendar"] = function (options) {
  return gnlcResult(Module["raw_calendar"](options || {}));
};
Module["values"] = function (text) {
  const raw = Module["raw_values"](text);
  if (raw.status !== 0) throw new Error(raw.err);
  return JSON.parse(raw.out);
};
