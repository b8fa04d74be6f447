const modules = ['goals', 'eligibility', 'reach', 'proximity', 'disparity', 'trends', 'monitor', 'disclosure', 'uncertainty', 'synthetic'];

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: ['src/index.ts', ...modules.map((name) => `src/${name}/index.ts`)],
  tsconfig: 'tsconfig.build.json',
  out: 'docs/api',
  name: 'equity-lens',
  readme: 'README.md',
  projectDocuments: ['docs/*.md'],
  includeVersion: true,
  // The repository has no published remote yet; source links would be broken (and typedoc warns about it).
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  categorizeByGroup: false,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  requiredToBeDocumented: ['Function', 'Variable', 'TypeAlias', 'Interface', 'Class', 'Enum'],
  treatValidationWarningsAsErrors: true,
  treatWarningsAsErrors: true,
  highlightLanguages: ['typescript', 'ts', 'javascript', 'js', 'json', 'jsonc', 'bash', 'sh', 'shell', 'markdown', 'md', 'text', 'html', 'css', 'yaml'],
};
