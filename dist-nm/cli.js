#!/usr/bin/env node
"use strict";

// source/launch/launch.ts
var import_node_fs2 = require("node:fs");

// node-builtin:node:path
var node_path_default = require("node:path");

// node-builtin:node:process
var node_process_default = require("node:process");

// node-builtin:node:os
var node_os_default = require("node:os");

// source/read/user-folders.ts
function homeFolder(home = node_os_default.homedir(), account = () => node_os_default.userInfo().homedir) {
  if (node_path_default.isAbsolute(home)) return home;
  try {
    const own = account();
    return node_path_default.isAbsolute(own) ? own : void 0;
  } catch {
    return void 0;
  }
}
var absolute = (value, platform) => value && (platform === "win32" ? node_path_default.win32 : node_path_default.posix).isAbsolute(value) ? value : void 0;
function cacheFolder(env = node_process_default.env, platform = node_process_default.platform, home = homeFolder()) {
  if (platform === "win32") {
    const local = absolute(env["LOCALAPPDATA"], platform) ?? (home && node_path_default.win32.join(home, "AppData", "Local"));
    return local && node_path_default.win32.join(local, "dotnet-image-wizard", "Cache");
  }
  if (platform === "darwin") return home && node_path_default.posix.join(home, "Library", "Caches", "dotnet-image-wizard");
  const base = absolute(env["XDG_CACHE_HOME"], platform) ?? (home && node_path_default.posix.join(home, ".cache"));
  return base && node_path_default.posix.join(base, "dotnet-image-wizard");
}

// source/launch/code-cache.ts
var import_node_fs = require("node:fs");

// node-builtin:node:vm
var node_vm_default = require("node:vm");

// source/launch/code-cache.ts
function runKind(argv) {
  if (argv[0] === "doctor") return "doctor";
  return argv.some((argument) => ["--help", "-h", "--version"].includes(argument)) ? void 0 : "run";
}
function codeCacheFile(cacheFolder2, buildId, kind2, nodeVersion = node_process_default.version, arch = node_process_default.arch) {
  return node_path_default.join(cacheFolder2, "code", `${buildId}-${kind2}-${nodeVersion}-${arch}.v8`);
}
var wrapperStart = "(function (exports, require, module, __filename, __dirname) {";
var wrapperEnd = "\n})";
function loadScript(source, filename, cacheFile) {
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = (0, import_node_fs.readFileSync)(cacheFile);
    } catch {
    }
  }
  const script2 = new node_vm_default.Script(`${wrapperStart}${source}${wrapperEnd}`, { filename, ...cachedData ? { cachedData } : {} });
  const fromCache = cachedData !== void 0 && !script2.cachedDataRejected;
  return {
    fromCache,
    run(require2) {
      const module2 = { exports: {} };
      const body = script2.runInThisContext();
      body.call(module2.exports, module2.exports, require2, module2, filename, node_path_default.dirname(filename));
      return module2.exports;
    },
    save() {
      if (fromCache || !cacheFile) return;
      const temporary = `${cacheFile}.${node_process_default.pid}.tmp`;
      try {
        (0, import_node_fs.mkdirSync)(node_path_default.dirname(cacheFile), { recursive: true, mode: 448 });
        (0, import_node_fs.writeFileSync)(temporary, script2.createCachedData(), { mode: 384, flag: "wx" });
        (0, import_node_fs.renameSync)(temporary, cacheFile);
      } catch {
        try {
          (0, import_node_fs.rmSync)(temporary, { force: true });
        } catch {
        }
      }
    }
  };
}
var week = 7 * 24 * 60 * 60 * 1e3;
function removeOldCaches(folder2, buildId, now) {
  try {
    for (const name of (0, import_node_fs.readdirSync)(folder2)) {
      const file = node_path_default.join(folder2, name);
      if (name.startsWith(`${buildId}-`) && !name.endsWith(".tmp")) continue;
      try {
        if (now - (0, import_node_fs.statSync)(file).mtimeMs > week) (0, import_node_fs.rmSync)(file, { force: true });
      } catch {
      }
    }
  } catch {
  }
}

// source/launch/ui-libraries-key.ts
var uiLibrariesKey = /* @__PURE__ */ Symbol.for("dotnet-image-wizard.ui-libraries");
var uiLibrariesLoaderKey = /* @__PURE__ */ Symbol.for("dotnet-image-wizard.load-ui-libraries");

// source/launch/launch.ts
var core = node_path_default.join(__dirname, "core.cjs");
var folder = cacheFolder();
var kind = runKind(node_process_default.argv.slice(2));
var cacheOf = (name) => folder && codeCacheFile(folder, "4fb4d6f47640067f", name);
var unsaved = [];
function load(file, cacheFile) {
  const loaded = loadScript((0, import_node_fs2.readFileSync)(file, "latin1"), file, cacheFile);
  if (!loaded.fromCache && cacheFile && kind) unsaved.push(loaded);
  return loaded;
}
var script = load(core, cacheOf(kind ?? "run"));
var libraries = /* @__PURE__ */ new Map();
var programRequire = ((id) => {
  if (!id.startsWith("./libraries/")) return require(id);
  if (!libraries.has(id)) libraries.set(id, load(node_path_default.join(__dirname, id), cacheOf(`library-${node_path_default.basename(id, ".cjs")}`)).run(require));
  return libraries.get(id);
});
var shared = globalThis;
var uiLibraries = "./ui-libraries.mjs";
shared[uiLibrariesLoaderKey] = async () => {
  shared[uiLibrariesKey] ??= (await import(uiLibraries)).libraries;
};
node_process_default.once("exit", (code) => {
  if (!(code === 0 || code === 1 && kind === "doctor") || unsaved.length === 0 || !folder) return;
  for (const loaded of unsaved) loaded.save();
  removeOldCaches(node_path_default.dirname(cacheOf("run")), "4fb4d6f47640067f", Date.now());
});
script.run(programRequire);
