/**
 * test/jest/compileModule.cjs, which compiles every module of every test file (test/jest/runtime.cjs): the
 * same code compiled again runs anew in its own context, positions in stack traces are the source's own, and a
 * syntax error is thrown for jest's own compile to report. (That V8 serves the second compile from its cache
 * is not visible from JavaScript; runtime.cjs gives the measurement.)
 */
import vm from 'node:vm';

/* eslint-disable @typescript-eslint/no-require-imports -- the jest runtime's helper, plain CommonJS */
const { compileModule } = require('./compileModule.cjs') as {
  compileModule(
    source: string,
    filename: string,
    options: { context: vm.Context; parameters: string[] },
  ): (module: { exports: Record<string, unknown> }, exports: Record<string, unknown>) => void;
};
/* eslint-enable @typescript-eslint/no-require-imports */

function load(source: string, context: vm.Context, filename = '/src/probe.js'): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  compileModule(source, filename, { context, parameters: ['module', 'exports'] })(module, module.exports);
  return module.exports;
}

it('runs the same code anew in each context: its own state and its own globals', () => {
  const source = 'let n = 0;\nexports.next = () => ++n;\nexports.answer = answer;\n';
  const first = load(source, vm.createContext({ answer: 41 }));
  expect((first.next as () => number)()).toBe(1);
  expect((first.next as () => number)()).toBe(2);
  const second = load(source, vm.createContext({ answer: 42 }));
  expect((second.next as () => number)()).toBe(1);
  expect(second.answer).toBe(42);
  expect(first.answer).toBe(41);
});

it('runs in strict mode when the source says so, as a module body does', () => {
  const strict = load("'use strict';\nexports.self = (function () { return this; })();", vm.createContext({}));
  expect(strict.self).toBeUndefined();
});

it('gives stack positions of the source itself, on its first line as on the others', () => {
  // Line 1: "exports.a = 1; " and "exports.one = () => " are 15 and 20 characters, so `new Error` starts in
  // column 36; on line 3 in column 3.
  const source = "exports.a = 1; exports.one = () => new Error('one');\nexports.two = () =>\n  new Error('two');\n";
  for (let i = 0; i < 2; i++) {
    const m = load(source, vm.createContext({ Error }), '/src/where.js');
    expect((m.one as () => Error)().stack?.split('\n')[1]).toContain('/src/where.js:1:36');
    expect((m.two as () => Error)().stack?.split('\n')[1]).toContain('/src/where.js:3:3');
  }
});

it('throws a syntax error, for jest’s own compile to report', () => {
  expect(() => load('exports.v = ;', vm.createContext({}))).toThrow("Unexpected token ';'");
});
