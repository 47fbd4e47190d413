// The project brings Node 24 as a devDependency. If npm skipped its install script, scripts
// would quietly run on the system Node and fail later with a confusing message; stop here instead.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Node ${process.versions.node} is running the scripts, but Astro 7 needs Node 22.12 or newer.\n` +
      'Run `npm install` again: it installs Node 24 into node_modules/.bin (see README).',
  );
  process.exit(1);
}
console.log(`node ${process.versions.node}`);
