// Type-checks the ```ts blocks of ./README.md against the package's built types, so README examples
// cannot drift from the API. Run from a package directory (its `lint` script); each block becomes its
// own module in ./.readme-examples/, and errors are reported as README.md:<line>.
// A block that cannot stand alone is skipped by putting `<!-- readme-examples: skip -->` on the line
// right before its fence.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const readme = 'README.md';
const outDir = resolve('.readme-examples');
const skipMarker = '<!-- readme-examples: skip -->';
const checkedInfo = new Set(['ts', 'typescript']);

function extractBlocks(text) {
  const lines = text.split(/\r?\n/);
  const blocks = [];
  let skipped = 0;
  let open;
  lines.forEach((line, index) => {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) {
        if (open.checked) blocks.push({ fenceLine: open.fenceLine, code: open.code });
        open = undefined;
      } else {
        // CommonMark strips up to the fence's own indentation from each content line.
        open.code.push(line.replace(new RegExp(`^ {0,${open.indent}}`), ''));
      }
      return;
    }
    const fence = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (!fence) return;
    const checked = checkedInfo.has(fence[3].toLowerCase());
    const skip = checked && lines[index - 1]?.trim() === skipMarker;
    if (skip) skipped += 1;
    open = {
      fence: fence[2],
      indent: fence[1].length,
      fenceLine: index + 1,
      checked: checked && !skip,
      code: [],
    };
  });
  return { blocks, skipped, unclosed: open?.fenceLine };
}

function writeProject(blocks) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = new Map();
  for (const block of blocks) {
    const file = join(outDir, `readme-L${block.fenceLine}.ts`);
    // Appended, not prepended, so line N of the file is README line fenceLine + N; it makes every
    // block a module, which top-level await needs.
    writeFileSync(file, `${block.code.join('\n')}\nexport {};\n`);
    files.set(file, block);
  }
  const tsconfig = {
    extends: '../tsconfig.json',
    compilerOptions: { noEmit: true, declaration: false, isolatedDeclarations: false, types: ['node'] },
    include: ['readme-L*.ts'],
  };
  const configPath = join(outDir, 'tsconfig.json');
  writeFileSync(configPath, `${JSON.stringify(tsconfig, null, 2)}\n`);
  return { files, configPath };
}

function format(diagnostic, files) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const code = `error TS${diagnostic.code}`;
  if (!diagnostic.file) return `${code}: ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
  const block = files.get(resolve(diagnostic.file.fileName));
  const where = block
    ? `${readme}:${block.fenceLine + line + 1}:${character + 1}`
    : `${diagnostic.file.fileName}:${line + 1}:${character + 1}`;
  return `${where} - ${code}: ${message}`;
}

function typeCheck(configPath) {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(format(d, new Map())) };
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, host);
  if (!config) return { diagnostics: [], failed: true };
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  return { diagnostics: [...config.errors, ...ts.getPreEmitDiagnostics(program)], failed: false };
}

const { blocks, skipped, unclosed } = extractBlocks(readFileSync(readme, 'utf8'));
if (unclosed !== undefined) {
  // An unclosed fence swallows the rest of the README, so what follows would go unchecked.
  console.error(`${readme}:${unclosed} - code fence is never closed`);
  process.exit(1);
}
const skippedNote = skipped > 0 ? ` (${skipped} skipped)` : '';
if (blocks.length === 0) {
  console.log(`readme examples: 0 blocks type-check${skippedNote}`);
  process.exit(0);
}
const { files, configPath } = writeProject(blocks);
const { diagnostics, failed } = typeCheck(configPath);
// Files are checked in name order (L120 before L16); report in README order instead.
const readmeOrder = (d) => [files.get(d.file && resolve(d.file.fileName))?.fenceLine ?? 0, d.start ?? 0];
const errors = diagnostics
  .filter((d) => d.category === ts.DiagnosticCategory.Error)
  .sort((a, b) => {
    const [blockA, startA] = readmeOrder(a);
    const [blockB, startB] = readmeOrder(b);
    return blockA - blockB || startA - startB;
  });
for (const diagnostic of errors) console.error(format(diagnostic, files));
if (failed || errors.length > 0) {
  const failing = new Set(errors.map((d) => d.file && resolve(d.file.fileName)).filter((f) => files.has(f)));
  console.error(
    `readme examples: ${errors.length} error(s) in ${failing.size} of ${blocks.length} blocks${skippedNote}`,
  );
  process.exit(1);
}
console.log(`readme examples: ${blocks.length} blocks type-check${skippedNote}`);
