/**
 * A module's code compiled for jest as a vm.Script, not with vm.compileFunction (test/jest/runtime.cjs says
 * why): `compileModule(source, filename, { context, parameters, importModuleDynamically })` gives the module's
 * function in `context`, as jest's compileFunction does, or throws what V8 throws. V8 keeps a Script's
 * compiled code per source and file name for the whole process (its compilation cache), and hands it to the
 * next Script of the same code; compileFunction (Node 20) compiles anew every time. The wrapper stands on the
 * source's first line with a negative column offset, so positions in stack traces and source maps are the
 * source's own.
 */
const vm = require('node:vm');

function compileModule(source, filename, { context, parameters, importModuleDynamically }) {
  const wrapper = `(function(${parameters.join(',')}){`;
  const script = new vm.Script(`${wrapper}${source}\n})`, {
    filename,
    columnOffset: -wrapper.length,
    importModuleDynamically,
  });
  return script.runInContext(context);
}

module.exports = { compileModule };
