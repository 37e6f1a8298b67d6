/**
 * jest's runtime (jest-runtime 30), with each module compiled as a vm.Script (test/jest/compileModule.cjs).
 *
 * Why: jest gives every test file a fresh module registry, so each of the ~430 files compiles every module it
 * loads anew — the product's modules, React, Fluent and exceljs, in every file — and jest 30 compiles with
 * vm.compileFunction, which on Node 20 parses the source and compiles each function it runs again every time.
 * A vm.Script of the same source and file name is served from V8's compilation cache. Measured on test/workbook
 * and test/domain (263 files, two workers, runs interleaved on the same machine): 81.5 s of CPU with jest's
 * compile, 67–68 s with this one (and no less with V8's code cache kept by hand besides). The modules still run
 * anew in each file: only their compiled code is shared.
 *
 * Everything else is jest's. A compile that throws (a syntax error) is done again by jest's own compile, for
 * its messages.
 */
const JestRuntime = require('jest-runtime').default;
const { compileModule } = require('./compileModule.cjs');

class ScriptRuntime extends JestRuntime {
  constructor(...args) {
    super(...args);
    const executor = this.executor;
    const jestCompile = executor.compile.bind(executor);
    executor.compile = (source, filename) => {
      const context = executor.environment.getVmContext();
      if (context == null) return null;
      try {
        return compileModule(source, filename, {
          context,
          parameters: executor.injectedModuleParameters,
          importModuleDynamically: (specifier, _script, attributes, phase) =>
            executor.dynamicImport(specifier, filename, context, attributes, phase),
        });
      } catch {
        return jestCompile(source, filename);
      }
    };
  }
}

module.exports = ScriptRuntime;
