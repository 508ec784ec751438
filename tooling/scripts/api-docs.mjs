// Checks the project standard on a package's public API: every exported symbol, and every property or
// public member of an exported interface, object type, class, namespace or object of functions, has
// TSDoc; every exported function (and every function of an exported namespace or object) is used in
// the code of a ```ts block of ./README.md (an import or a comment does not count), and every other
// export (a class, a constant, a type) is named in it. Classes count as named, not used: most are
// errors users catch or results they are handed, whose README shows them in tables. The arms of a
// union type are not looked into: the union's own comment says what each holds. It reads the built
// types of each ./package.json "exports" entry, so it sees the published API. Run from a package
// directory after the build; `--report` lists everything and always exits 0. Symbols declared outside
// this package (re-exported from @xapi-errors/core, say) are left to the package that declares them,
// so each gap is reported once.
import { readFileSync, realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const readme = 'README.md';
const report = process.argv.includes('--report');
const packageDir = realpathSync('.');
const F = ts.SymbolFlags;

function typesFile(target) {
  if (typeof target === 'string') return /\.d\.[cm]?ts$/.test(target) ? target : undefined;
  if (!target || typeof target !== 'object') return undefined;
  return target.types ?? Object.values(target).map(typesFile).find(Boolean);
}

function entryPoints(pkg) {
  const { exports } = pkg;
  const map =
    typeof exports === 'object' && Object.keys(exports)[0]?.startsWith('.') ? exports : { '.': exports };
  return Object.entries(map)
    .map(([entry, target]) => ({ entry, file: typesFile(target) }))
    .filter((e) => e.file)
    .map((e) => ({ ...e, file: resolve(e.file) }));
}

function tsBlocks(text) {
  const code = [];
  let open;
  for (const line of text.split(/\r?\n/)) {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) open = undefined;
      else if (open.ts) code.push(line);
      continue;
    }
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (fence) open = { fence: fence[1], ts: ['ts', 'typescript'].includes(fence[2].toLowerCase()) };
  }
  return code.join('\n');
}

const mentions = (text, name) => new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`).test(text);

const entries = entryPoints(JSON.parse(readFileSync('package.json', 'utf8')));
if (entries.length === 0) {
  console.error('api docs: ./package.json "exports" names no types file, so there is nothing to check');
  process.exit(1);
}
const readmeText = readFileSync(readme, 'utf8');
// An import or a comment shows nothing of how a function is used: only the code around them counts.
const readmeTs = tsBlocks(readmeText)
  .replace(/^\s*import\b[^;]*?\bfrom\s*['"][^'"]*['"];?/gm, '')
  .replace(/(^|\s)\/\/.*$/gm, '$1');
const program = ts.createProgram({
  rootNames: entries.map((e) => e.file),
  options: {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ESNext,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
});
const checker = program.getTypeChecker();

const resolveAlias = (symbol) => (symbol.flags & F.Alias ? checker.getAliasedSymbol(symbol) : symbol);
// Files resolve to real paths, so another workspace package's dist lies outside this directory.
const isLocalFile = (fileName) =>
  fileName.startsWith(`${packageDir}/`) && !fileName.includes('/node_modules/');
const isLocal = (symbol) =>
  symbol.declarations?.some((d) => isLocalFile(d.getSourceFile().fileName)) ?? false;
const hasDoc = (symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '';
const isFunction = (symbol) => checker.getTypeOfSymbol(symbol).getCallSignatures().length > 0;
const isCallable = (symbol) => (symbol.flags & (F.Function | F.Variable)) !== 0 && isFunction(symbol);

function kindOf(symbol) {
  const kinds = [
    [F.Class, 'class'],
    [F.Function, 'function'],
    [F.Enum, 'enum'],
    [F.Variable, 'const'],
    [F.Interface, 'interface'],
    [F.TypeAlias, 'type'],
    [F.Module, 'namespace'],
    [F.Method, 'method'],
    [F.Property, 'property'],
    [F.EnumMember, 'enum member'],
  ];
  return kinds.find(([flag]) => symbol.flags & flag)?.[1] ?? 'symbol';
}

// tsdown keeps `//#region src/x.d.ts` around each source file's declarations: the place to fix a gap.
function where(declaration) {
  const file = declaration.getSourceFile();
  const regions = [...file.text.slice(0, declaration.getStart()).matchAll(/\/\/#region (\S+)\.d\.ts/g)];
  const { line } = file.getLineAndCharacterOfPosition(declaration.getStart());
  const source = regions.at(-1) ? `, ${regions.at(-1)[1]}.ts` : '';
  return `${relative(packageDir, file.fileName)}:${line + 1}${source}`;
}

function isPublicClassMember(member) {
  if (member.name.startsWith('_') || member.name.startsWith('#')) return false;
  const hidden = ts.ModifierFlags.Private | ts.ModifierFlags.Protected;
  return !member.declarations?.some(
    (d) => ts.getCombinedModifierFlags(d) & hidden || (d.name && ts.isPrivateIdentifier(d.name)),
  );
}

// Members are looked at through the checker's types, so inherited and merged ones come along. Only
// those declared in this package count; those of another export, or inherited from one, are left to it.
function membersOf(symbol) {
  const ownedElsewhere = (member) => {
    const parent = member.declarations?.[0]?.parent;
    const name = parent && ts.getNameOfDeclaration(parent);
    const owner = name && checker.getSymbolAtLocation(name);
    return owner !== undefined && owner !== symbol && exportedSymbols.has(owner);
  };
  const local = (members) => members.map(resolveAlias).filter((m) => isLocal(m) && !ownedElsewhere(m));
  if (symbol.flags & (F.Class | F.Interface | F.TypeAlias)) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    if (!(type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection))) return [];
    const bases = symbol.flags & (F.Class | F.Interface) ? checker.getBaseTypes(type) : [];
    const inherited = new Set(
      bases
        .filter((base) => exportedSymbols.has(base.symbol))
        .flatMap((base) => checker.getPropertiesOfType(base).map((p) => p.declarations?.[0])),
    );
    const statics =
      symbol.flags & F.Class
        ? checker.getPropertiesOfType(checker.getTypeOfSymbol(symbol)).filter((m) => m.name !== 'prototype')
        : [];
    return local([...statics, ...checker.getPropertiesOfType(type)])
      .filter(
        (m) => !inherited.has(m.declarations?.[0]) && (!(symbol.flags & F.Class) || isPublicClassMember(m)),
      )
      .map((m) => ({ member: m }));
  }
  const members = [];
  if (symbol.flags & F.Enum) {
    members.push(
      ...local(checker.getPropertiesOfType(checker.getTypeOfSymbol(symbol))).map((m) => ({ member: m })),
    );
  }
  if (symbol.flags & F.Variable) {
    const properties = local(checker.getPropertiesOfType(checker.getTypeOfSymbol(symbol)));
    if (properties.some(isFunction)) members.push(...properties.map((m) => ({ member: m, api: true })));
  }
  if (symbol.flags & F.Module) {
    members.push(...local(checker.getExportsOfModule(symbol)).map((m) => ({ member: m, api: true })));
  }
  return members;
}

const gaps = [];
const seen = new Map();
const counted = { symbols: 0, members: 0, elsewhere: 0 };

function print(line, gap) {
  if (gap) gaps.push(line);
  if (gap && !report) console.error(line);
  else if (report) console.log(line);
}

// `api` marks a public function of a namespace or object: like an export, it needs a README example.
function check(entry, name, symbol, { top = false, api = false } = {}) {
  const declaration = symbol.declarations?.find((d) => isLocalFile(d.getSourceFile().fileName));
  const label = `${entry} ${name}`;
  const owner = declaration?.parent && ts.getNameOfDeclaration(declaration.parent)?.getText();
  const from = !top && owner && !name.endsWith(`${owner}.${symbol.name}`) ? ` (declared in ${owner})` : '';
  const at = declaration ? ` [${where(declaration)}]${from}` : '';
  const problems = [];
  if (!hasDoc(symbol)) problems.push('no TSDoc');
  if ((top && isCallable(symbol)) || (api && isFunction(symbol))) {
    if (!mentions(readmeTs, symbol.name)) problems.push('not in a README ts example');
  } else if (top && !mentions(readmeText, symbol.name)) {
    problems.push('not in README');
  }
  for (const problem of problems) print(`${label}: ${problem}${at}`, true);
  if (problems.length === 0) print(`${label} (${kindOf(symbol)}): ok${at}`, false);
  for (const { member, api: memberApi } of membersOf(symbol)) {
    const key = member.declarations?.[0] ?? member;
    if (seen.has(key)) continue;
    seen.set(key, label);
    counted.members += 1;
    check(entry, `${name}.${member.name}`, member, { api: memberApi });
  }
}

// All exports are collected first, so members inherited from an exported base can be left to it.
const exportedSymbols = new Set();
const work = [];
for (const { entry, file } of entries) {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) {
    work.push({ note: `${entry}: cannot load ${relative(packageDir, file)}`, gap: true });
    continue;
  }
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = resolveAlias(exported);
    const name = `${entry} ${exported.name}`;
    if (seen.has(symbol)) {
      work.push({ note: `${name}: also exported as ${seen.get(symbol)}` });
    } else if (!isLocal(symbol)) {
      counted.elsewhere += 1;
      const file = symbol.declarations?.[0]?.getSourceFile().fileName;
      const place = file
        ? `declared in ${relative(packageDir, file)}, checked there`
        : 'not resolved, not checked';
      work.push({ note: `${name}: ${place}` });
    } else {
      exportedSymbols.add(symbol);
      work.push({ entry, name: exported.name, symbol });
    }
    if (!seen.has(symbol)) seen.set(symbol, name);
  }
}
for (const { note, gap, entry, name, symbol } of work) {
  if (note) print(note, gap);
  else {
    counted.symbols += 1;
    check(entry, name, symbol, { top: true });
  }
}

const scope =
  `${counted.symbols} symbols and ${counted.members} members of ${entries.length} entries` +
  ` (${counted.elsewhere} re-exports checked where they are declared)`;
if (gaps.length > 0 && !report) {
  console.error(`api docs: ${gaps.length} gap(s) in ${scope}`);
  process.exit(1);
}
console.log(`api docs: ${gaps.length} gap(s) in ${scope}`);
