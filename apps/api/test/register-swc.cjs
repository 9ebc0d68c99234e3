// Lets a child process run the API's TypeScript sources as jest does (same .swcrc), so tests
// can start the real entry point: node -r ./test/register-swc.cjs src/main.ts
const { transformSync } = require('@swc/core');
const fs = require('node:fs');
const path = require('node:path');

const { $schema: _schema, ...options } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.swcrc'), 'utf8'));
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename, swcrc: false });
  module._compile(code, filename);
};
