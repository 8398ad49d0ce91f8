// Runs the web module's check() on the jobs it reads as JSON from standard
// input, [{files: [path...], as_of, members, calendar, max_size, strict}], and
// prints the outputs as one JSON array (an {"error": ...} for a job that
// threw). Paths are read from disk and given to check() as written.
//   node check_files.js build-web/web/gnlc.js < jobs.json
"use strict";
const fs = require("fs");
const path = require("path");

async function main() {
  const factory = require(path.resolve(process.argv[2]));
  const gnlc = await factory();
  const jobs = JSON.parse(fs.readFileSync(0, "utf8"));
  const bytes = (file) => new Uint8Array(fs.readFileSync(file));
  const outputs = jobs.map((job) => {
    const options = {};
    if (job.as_of) options.as_of = job.as_of;
    if (job.members) options.members = { path: job.members, bytes: bytes(job.members) };
    if (job.calendar) options.calendar = { path: job.calendar, bytes: bytes(job.calendar) };
    if (job.max_size) options.max_size = job.max_size;
    if (job.strict) options.strict = true;
    // Text as a string for some, bytes for the rest: both must work.
    const files = job.files.map((file, i) => ({
      path: file,
      bytes: job.as_text && i === 0 ? fs.readFileSync(file, "utf8") : bytes(file),
    }));
    try {
      return gnlc.check(files, options);
    } catch (error) {
      return { error: String(error.message) };
    }
  });
  process.stdout.write(JSON.stringify(outputs));
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
