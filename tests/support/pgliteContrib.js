// See environment.js.
module.exports = globalThis.__naraPglite.contrib;
