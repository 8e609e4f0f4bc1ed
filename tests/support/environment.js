// Jest's node environment, plus PGlite loaded outside the test sandbox: PGlite loads Node's own
// modules with dynamic import(), which jest's sandbox cannot run (not without
// --experimental-vm-modules, which in turn breaks jose). The code under test is unchanged: jest
// maps the module names to tests/support/pglite*.js, which hand out these outer-realm modules.
const { TestEnvironment } = require('jest-environment-node');

class NaraEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    this.global.__naraPglite = {
      core: require('@electric-sql/pglite'),
      contrib: {
        ...require('@electric-sql/pglite/contrib/pg_trgm'),
        ...require('@electric-sql/pglite/contrib/unaccent'),
      },
    };
  }
}

module.exports = NaraEnvironment;
