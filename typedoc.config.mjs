const modules = ['goals', 'eligibility', 'reach', 'proximity', 'disparity', 'trends', 'monitor', 'disclosure', 'uncertainty', 'synthetic', 'tables'];

export const guides = ['index', 'your-data', 'defining-goals', 'eligibility', 'reach', 'proximity', 'disparity', 'trends', 'disclosure', 'synthetic', 'tables', 'adapting', 'scale', 'conventions', 'design-notes', 'contributing'];

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  // Subpaths first: a symbol is documented on the page of the first entry point that exports it, so each
  // subpath's page lists its own functions by category, and the root page refers to them.
  entryPoints: [...modules.map((name) => `src/${name}/index.ts`), 'src/index.ts'],
  sortEntryPoints: false,
  tsconfig: 'tsconfig.build.json',
  out: 'docs/api',
  name: 'equity-lens',
  readme: 'README.md',
  // Guides in reading order, "The method" first. tests/docs/guides.test.ts checks that every docs/*.md is listed
  // and titled.
  projectDocuments: guides.map((name) => `docs/${name}.md`),
  includeVersion: true,
  // The repository has no published remote yet; source links would be broken (and typedoc warns about it).
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  categorizeByGroup: false,
  // Options, results and other types without a @category tag.
  defaultCategory: 'Options and results',
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  requiredToBeDocumented: ['Function', 'Variable', 'TypeAlias', 'Interface', 'Class', 'Enum'],
  treatValidationWarningsAsErrors: true,
  treatWarningsAsErrors: true,
  highlightLanguages: ['typescript', 'ts', 'javascript', 'js', 'json', 'jsonc', 'bash', 'sh', 'shell', 'markdown', 'md', 'text', 'html', 'css', 'yaml'],
};
