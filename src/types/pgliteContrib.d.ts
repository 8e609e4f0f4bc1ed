// PGlite's contrib extensions export their types only under the "import" condition, which this
// CommonJS build (moduleResolution "node") cannot see; at run time require() finds the .cjs files.
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  import type { Extension } from '@electric-sql/pglite';
  export const pg_trgm: Extension;
}
declare module '@electric-sql/pglite/contrib/unaccent' {
  import type { Extension } from '@electric-sql/pglite';
  export const unaccent: Extension;
}
