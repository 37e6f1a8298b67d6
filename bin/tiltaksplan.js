#!/usr/bin/env node
// The installed `tiltaksplan` command: runs the TypeScript CLI through tsx (no build step).
'use strict';
require('tsx/cjs');
const { runProcess } = require('../src/cli/main.ts');

runProcess(process.argv.slice(2));
