"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:__PACKAGE__>
var define_PACKAGE_default;
var init_define_PACKAGE = __esm({
  "<define:__PACKAGE__>"() {
    define_PACKAGE_default = { version: "0.1.0" };
  }
});

// node-builtin:node:process
var node_process_default;
var init_node_process = __esm({
  "node-builtin:node:process"() {
    init_define_PACKAGE();
    node_process_default = require("node:process");
  }
});

// source/catalog/images.generated.ts
var images;
var init_images_generated = __esm({
  "source/catalog/images.generated.ts"() {
    "use strict";
    init_define_PACKAGE();
    images = [
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-bookworm-slim", "aliases": ["8.0"], "os": "debian", "release": "12", "codename": "bookworm", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-alpine", "aliases": ["8.0-alpine3.24", "8.0-alpine3.24-aot"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-alpine3.23", "aliases": ["8.0-alpine3.23-aot"], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-alpine3.24-extra", "aliases": [], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-alpine3.23-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-noble", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-noble-chiseled", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-noble-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-jammy", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-jammy-chiseled", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-jammy-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-azurelinux3.0-distroless", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "8.0", "tag": "8.0-azurelinux3.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-bookworm-slim", "aliases": ["9.0"], "os": "debian", "release": "12", "codename": "bookworm", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-alpine", "aliases": ["9.0-alpine-aot", "9.0-alpine3.24", "9.0-alpine3.24-aot"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-alpine3.23", "aliases": ["9.0-alpine3.23-aot"], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-alpine-extra", "aliases": ["9.0-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-alpine3.23-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-noble", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-noble-chiseled", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-noble-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-azurelinux3.0-distroless", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "9.0", "tag": "9.0-azurelinux3.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-noble", "aliases": ["10.0"], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-alpine", "aliases": ["10.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-alpine-extra", "aliases": ["10.0-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-alpine3.23-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-azurelinux3.0-distroless", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-azurelinux3.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-noble-chiseled", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-noble-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-resolute", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-resolute-chiseled", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "10.0", "tag": "10.0-resolute-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "11.0", "tag": "11.0-preview-resolute", "aliases": ["11.0-preview"], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "11.0", "tag": "11.0-preview-alpine", "aliases": ["11.0-preview-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "11.0", "tag": "11.0-preview-alpine-extra", "aliases": ["11.0-preview-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0-distroless", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "11.0", "tag": "11.0-preview-resolute-chiseled", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime-deps", "dotnet": "11.0", "tag": "11.0-preview-resolute-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-bookworm-slim", "aliases": ["8.0"], "os": "debian", "release": "12", "codename": "bookworm", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-alpine", "aliases": ["8.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-alpine-extra", "aliases": ["8.0-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-alpine3.23-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-noble", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-noble-chiseled", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-noble-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-jammy", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-jammy-chiseled", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-jammy-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-azurelinux3.0-distroless", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "8.0", "tag": "8.0-azurelinux3.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-bookworm-slim", "aliases": ["9.0"], "os": "debian", "release": "12", "codename": "bookworm", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-alpine", "aliases": ["9.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-alpine-extra", "aliases": ["9.0-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-alpine3.23-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-noble", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-noble-chiseled", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-noble-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-azurelinux3.0-distroless", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "9.0", "tag": "9.0-azurelinux3.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-noble", "aliases": ["10.0"], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-alpine", "aliases": ["10.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-alpine-extra", "aliases": ["10.0-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-alpine3.23-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-azurelinux3.0-distroless", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-azurelinux3.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-noble-chiseled", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-noble-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-resolute", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-resolute-chiseled", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "10.0", "tag": "10.0-resolute-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "11.0", "tag": "11.0-preview-resolute", "aliases": ["11.0-preview"], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "11.0", "tag": "11.0-preview-alpine", "aliases": ["11.0-preview-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "11.0", "tag": "11.0-preview-alpine-extra", "aliases": ["11.0-preview-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0-distroless", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "runtime", "dotnet": "11.0", "tag": "11.0-preview-resolute-chiseled", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "runtime", "dotnet": "11.0", "tag": "11.0-preview-resolute-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-bookworm-slim", "aliases": ["8.0"], "os": "debian", "release": "12", "codename": "bookworm", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-alpine", "aliases": ["8.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-alpine-extra", "aliases": ["8.0-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-alpine3.23-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-alpine3.24-composite", "aliases": [], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-alpine3.23-composite", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-alpine3.24-composite-extra", "aliases": [], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-alpine3.23-composite-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-noble", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-noble-chiseled", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-noble-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-noble-chiseled-composite-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-noble-chiseled-composite", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-jammy", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-jammy-chiseled", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-jammy-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-jammy-chiseled-composite-extra", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": true, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-jammy-chiseled-composite", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": true, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-azurelinux3.0-distroless", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-azurelinux3.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-azurelinux3.0-distroless-composite", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "8.0", "tag": "8.0-azurelinux3.0-distroless-composite-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-bookworm-slim", "aliases": ["9.0"], "os": "debian", "release": "12", "codename": "bookworm", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-alpine", "aliases": ["9.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-alpine-extra", "aliases": ["9.0-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-alpine3.23-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-alpine3.24-composite", "aliases": [], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-alpine3.23-composite", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-alpine3.24-composite-extra", "aliases": [], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-alpine3.23-composite-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-noble", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-noble-chiseled", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-noble-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-noble-chiseled-composite-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-noble-chiseled-composite", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-azurelinux3.0-distroless", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-azurelinux3.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-azurelinux3.0-distroless-composite", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "9.0", "tag": "9.0-azurelinux3.0-distroless-composite-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-noble", "aliases": ["10.0"], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-alpine", "aliases": ["10.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-alpine-extra", "aliases": ["10.0-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-alpine3.23-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-alpine3.24-composite", "aliases": [], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-alpine3.23-composite", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-alpine3.24-composite-extra", "aliases": [], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-alpine3.23-composite-extra", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-azurelinux3.0-distroless", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-azurelinux3.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-azurelinux3.0-distroless-composite", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-azurelinux3.0-distroless-composite-extra", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-noble-chiseled", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-noble-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-noble-chiseled-composite-extra", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-noble-chiseled-composite", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": true, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-resolute", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-resolute-chiseled", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-resolute-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-resolute-chiseled-composite-extra", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "10.0", "tag": "10.0-resolute-chiseled-composite", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-resolute", "aliases": ["11.0-preview"], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-alpine", "aliases": ["11.0-preview-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-alpine-extra", "aliases": ["11.0-preview-alpine3.24-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-alpine-composite", "aliases": ["11.0-preview-alpine3.24-composite"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-alpine-composite-extra", "aliases": ["11.0-preview-alpine3.24-composite-extra"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0-distroless", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0-distroless-extra", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0-distroless-composite", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0-distroless-composite-extra", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-resolute-chiseled", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-resolute-chiseled-extra", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": true, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-resolute-chiseled-composite-extra", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": true, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "aspnet", "dotnet": "11.0", "tag": "11.0-preview-resolute-chiseled-composite", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": true, "distroless": true, "extra": false, "composite": true, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "8.0", "tag": "8.0-bookworm-slim", "aliases": ["8.0"], "os": "debian", "release": "12", "codename": "bookworm", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "8.0", "tag": "8.0-alpine", "aliases": ["8.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "8.0", "tag": "8.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "8.0", "tag": "8.0-noble", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "8.0", "tag": "8.0-jammy", "aliases": [], "os": "ubuntu", "release": "22.04", "codename": "jammy", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "8.0", "tag": "8.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "9.0", "tag": "9.0-bookworm-slim", "aliases": ["9.0"], "os": "debian", "release": "12", "codename": "bookworm", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "9.0", "tag": "9.0-alpine", "aliases": ["9.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "9.0", "tag": "9.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "9.0", "tag": "9.0-noble", "aliases": [], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "9.0", "tag": "9.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-noble", "aliases": ["10.0"], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-noble-aot", "aliases": ["10.0-aot"], "os": "ubuntu", "release": "24.04", "codename": "noble", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": true, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-resolute", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-resolute-aot", "aliases": [], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": true, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-alpine", "aliases": ["10.0-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-alpine3.23", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-alpine-aot", "aliases": ["10.0-alpine3.24-aot"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": true, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-alpine3.23-aot", "aliases": [], "os": "alpine", "release": "3.23", "codename": "alpine3.23", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": true, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-azurelinux3.0", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "10.0", "tag": "10.0-azurelinux3.0-aot", "aliases": [], "os": "azurelinux", "release": "3.0", "codename": "azurelinux3.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": true, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "11.0", "tag": "11.0-preview-resolute", "aliases": ["11.0-preview"], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "11.0", "tag": "11.0-preview-resolute-aot", "aliases": ["11.0-preview-aot"], "os": "ubuntu", "release": "26.04", "codename": "resolute", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": true, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "11.0", "tag": "11.0-preview-alpine", "aliases": ["11.0-preview-alpine3.24"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm", "arm64"] },
      { "repo": "sdk", "dotnet": "11.0", "tag": "11.0-preview-alpine-aot", "aliases": ["11.0-preview-alpine3.24-aot"], "os": "alpine", "release": "3.24", "codename": "alpine3.24", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": true, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": false, "architectures": ["amd64", "arm64"] },
      { "repo": "sdk", "dotnet": "11.0", "tag": "11.0-preview-azurelinux4.0-aot", "aliases": [], "os": "azurelinux", "release": "4.0", "codename": "azurelinux4.0", "chiseled": false, "distroless": false, "extra": false, "composite": false, "aot": true, "architectures": ["amd64", "arm64"] }
    ];
  }
});

// source/catalog/lifecycle.generated.ts
var snapshot, lifecycle;
var init_lifecycle_generated = __esm({
  "source/catalog/lifecycle.generated.ts"() {
    "use strict";
    init_define_PACKAGE();
    snapshot = {
      "kind": "embedded",
      "date": "2026-08-21",
      "manifest": "dotnet/dotnet-docker at commit 3ed00b6 (2026-08-21)",
      "releases": "dotnet/core release-notes/releases-index.json (latest-release-date 2026-04-14)"
    };
    lifecycle = [
      {
        "dotnet": "8.0",
        "releaseType": "lts",
        "supportPhase": "active",
        "eolDate": "2026-11-10",
        "runtimeVersion": "8.0.30",
        "sdkVersion": "8.0.424",
        "minorTag": "8.0",
        "gaDate": null
      },
      {
        "dotnet": "9.0",
        "releaseType": "sts",
        "supportPhase": "active",
        "eolDate": "2026-11-10",
        "runtimeVersion": "9.0.19",
        "sdkVersion": "9.0.317",
        "minorTag": "9.0",
        "gaDate": null
      },
      {
        "dotnet": "10.0",
        "releaseType": "lts",
        "supportPhase": "active",
        "eolDate": null,
        "runtimeVersion": "10.0.11",
        "sdkVersion": "10.0.400",
        "minorTag": "10.0",
        "gaDate": null
      },
      {
        "dotnet": "11.0",
        "releaseType": "sts",
        "supportPhase": "preview",
        "eolDate": null,
        "runtimeVersion": "11.0.0-preview.7",
        "sdkVersion": "11.0.100-preview.7",
        "minorTag": "11.0-preview",
        "gaDate": "2026-11-10"
      }
    ];
  }
});

// source/catalog/active.ts
function activeCatalog() {
  return active;
}
function useCatalog(catalog) {
  active = catalog;
}
function useLifecycle(entries) {
  active = { ...active, lifecycle: entries };
}
function describeSource(source) {
  return source.kind === "embedded" ? `${source.date}, the snapshot built into this version (${source.manifest}; ${source.releases})` : `${source.date}, refreshed from ${source.manifest} and ${source.releases}`;
}
var embeddedCatalog, active, shortSource;
var init_active = __esm({
  "source/catalog/active.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_images_generated();
    init_lifecycle_generated();
    embeddedCatalog = { images, lifecycle, source: snapshot };
    active = embeddedCatalog;
    shortSource = (source) => `${source.date} (${source.kind === "embedded" ? "built in" : "refreshed"})`;
  }
});

// source/catalog/catalog.ts
function findImage(query) {
  return activeCatalog().images.find((image2) => image2.repo === query.repo && image2.dotnet === query.dotnet && image2.os === query.os && image2.codename === query.codename && image2.distroless === query.distroless && image2.extra === query.extra && image2.composite === query.composite && image2.aot === query.aot);
}
function imagesWhere(predicate) {
  return activeCatalog().images.filter(predicate);
}
function dotnetVersions() {
  return [...new Set(activeCatalog().images.map((image2) => image2.dotnet))];
}
function reference(image2, architecture2) {
  const tag2 = architecture2 ? `${image2.tag}-${platforms[architecture2].tagSuffix}` : image2.tag;
  return `${registry}/dotnet/${image2.repo}:${tag2}`;
}
function releasesFor(dotnet2, os) {
  const catalog = activeCatalog();
  let known = releasesKnown.get(catalog);
  if (!known) releasesKnown.set(catalog, known = /* @__PURE__ */ new Map());
  const key = `${dotnet2} ${os}`;
  let releases = known.get(key);
  if (!releases) known.set(key, releases = releasesIn(catalog.images, dotnet2, os));
  return [...releases];
}
function releasesIn(images2, dotnet2, os) {
  const candidates = images2.filter((image2) => image2.dotnet === dotnet2 && image2.os === os);
  const bare = images2.find((image2) => image2.dotnet === dotnet2 && image2.repo === "sdk" && image2.aliases.some((alias) => !alias.includes("-")));
  const byRelease = [...candidates].sort((a, b) => compareRelease(b.release, a.release));
  const codenames = [...new Set(byRelease.map((image2) => image2.codename))];
  return bare && codenames.includes(bare.codename) ? [bare.codename, ...codenames.filter((codename) => codename !== bare.codename)] : codenames;
}
function compareRelease(a, b) {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
var registry, platforms, architectures, osNames, releasesKnown;
var init_catalog = __esm({
  "source/catalog/catalog.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_active();
    registry = "mcr.microsoft.com";
    platforms = {
      amd64: { platform: "linux/amd64", tagSuffix: "amd64", rid: "x64", label: "x64 (amd64)" },
      arm64: { platform: "linux/arm64", tagSuffix: "arm64v8", rid: "arm64", label: "Arm64" },
      arm: { platform: "linux/arm/v7", tagSuffix: "arm32v7", rid: "arm", label: "Arm32 (v7)" }
    };
    architectures = Object.keys(platforms);
    osNames = { ubuntu: "Ubuntu", debian: "Debian", alpine: "Alpine", azurelinux: "Azure Linux" };
    releasesKnown = /* @__PURE__ */ new WeakMap();
  }
});

// source/engine/answers.ts
var answerIds;
var init_answers = __esm({
  "source/engine/answers.ts"() {
    "use strict";
    init_define_PACKAGE();
    answerIds = ["dotnet", "app", "deploy", "startup", "shell", "globalization", "os", "arch"];
  }
});

// source/catalog/ga-date.ts
function previewGaDate(entry, entries) {
  if (entry["support-phase"] !== "preview") return null;
  const after = entry["latest-release-date"] ?? "";
  const dates = entries.map((other) => other["eol-date"]).filter((date) => date !== void 0 && date > after).sort();
  return dates[0] ?? null;
}
var init_ga_date = __esm({
  "source/catalog/ga-date.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/catalog/lifecycle.ts
function useReleasesIndex(index) {
  const entries = index?.["releases-index"];
  if (!Array.isArray(entries)) throw new TypeError('not a .NET releases-index.json: it has no "releases-index" list');
  useLifecycle(activeCatalog().lifecycle.map((known) => {
    const entry = entries.find((candidate) => candidate["channel-version"] === known.dotnet);
    return entry ? {
      ...known,
      releaseType: entry["release-type"] ?? known.releaseType,
      supportPhase: entry["support-phase"] ?? known.supportPhase,
      eolDate: entry["eol-date"] ?? known.eolDate,
      gaDate: entry["support-phase"] ? previewGaDate(entry, entries) : known.gaDate
    } : known;
  }));
}
function lifecycleOf(dotnet2) {
  return activeCatalog().lifecycle.find((entry) => entry.dotnet === dotnet2);
}
function supportStatus(dotnet2, today) {
  const entry = lifecycleOf(dotnet2);
  if (!entry) return { dotnet: dotnet2, releaseType: "unknown", phase: "unknown", eolDate: null, supported: false, summary: `.NET ${dotnet2}: no lifecycle data` };
  const type = entry.releaseType.toUpperCase();
  const ended = entry.eolDate !== null && entry.eolDate <= today;
  const phase = ended ? "eol" : entry.supportPhase;
  const summary = phase === "eol" ? `.NET ${dotnet2} (${type}) reached end of support on ${entry.eolDate}` : phase === "preview" ? `.NET ${dotnet2} (${type}) is a preview, not supported in production` : `.NET ${dotnet2} (${type}) is supported${entry.eolDate ? ` until ${entry.eolDate}` : ""}`;
  return { dotnet: dotnet2, releaseType: entry.releaseType, phase, eolDate: entry.eolDate, supported: phase === "active" || phase === "maintenance", summary };
}
function recommendedVersion(today) {
  const releases = activeCatalog().lifecycle;
  const supported = releases.filter((entry) => supportStatus(entry.dotnet, today).supported);
  const lts = supported.filter((entry) => entry.releaseType === "lts");
  const pick2 = (lts.length > 0 ? lts : supported).at(-1) ?? releases.at(-1);
  return pick2.dotnet;
}
var init_lifecycle = __esm({
  "source/catalog/lifecycle.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_active();
    init_ga_date();
  }
});

// source/engine/questions.ts
function questionFor(id) {
  return questions.find((question) => question.id === id);
}
function optionFor(id, value, answers = {}, today = "2000-01-01") {
  return questionFor(id).options(answers, today).find((option2) => option2.value === value);
}
var always, fixed, questions, architectureUse;
var init_questions = __esm({
  "source/engine/questions.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_lifecycle();
    always = () => true;
    fixed = (options2) => () => options2;
    questions = [
      {
        id: "dotnet",
        prompt: "Which .NET version does the app target?",
        why: "Image tags start with the .NET version. An unsupported version gets no security fixes; LTS versions are supported for three years, STS for two.",
        options: (_answers, today) => dotnetVersions().map((version3) => ({
          value: version3,
          label: `.NET ${version3}`,
          description: supportStatus(version3, today).summary
        })),
        defaultValue: (_answers, today) => recommendedVersion(today),
        applies: always
      },
      {
        id: "app",
        prompt: "What kind of app is it?",
        why: "Web apps need the ASP.NET Core shared framework (the aspnet images, with Kestrel on port 8080); workers and console apps run on the smaller runtime images.",
        options: fixed([
          { value: "web", label: "Web app or API (ASP.NET Core)", description: "ASP.NET Core apps run on the aspnet images, which add Kestrel and the ASP.NET Core framework" },
          { value: "console", label: "Worker or console app", description: "workers and console apps need only the .NET runtime, not ASP.NET Core" }
        ]),
        defaultValue: () => "web",
        applies: always
      },
      {
        id: "deploy",
        prompt: "How is the app published?",
        why: "Framework-dependent apps use the .NET runtime in the image; self-contained and Native AOT apps carry their own and run on the tiny runtime-deps images. Native AOT starts fastest and is smallest, but not every library supports it.",
        options: fixed([
          { value: "framework", label: "Framework-dependent", description: "the app uses the .NET runtime that ships in the image: the smallest app layer and shared, patched base layers" },
          { value: "self-contained", label: "Self-contained", description: "the app carries its own .NET runtime, so it runs on runtime-deps, which has no .NET in it" },
          { value: "aot", label: "Native AOT", description: "compiled ahead of time to one native binary: fastest start-up, smallest image, built on the sdk -aot images" }
        ]),
        defaultValue: () => "framework",
        applies: always
      },
      {
        id: "startup",
        prompt: "How should start-up be optimised?",
        why: "ReadyToRun precompiles the app so less JIT work happens at start-up, at the cost of a larger app. Composite aspnet images precompile the whole framework into one file for the fastest cold start, but lock the app to the framework version in the image.",
        options: (answers) => [
          { value: "jit", label: "Standard (JIT)", description: "the usual publish: code is compiled just in time as it runs" },
          { value: "readytorun", label: "ReadyToRun", description: "precompiled app assemblies (PublishReadyToRun): faster start-up, larger app" },
          ...answers.app === "web" && answers.deploy === "framework" ? [{ value: "composite", label: "ReadyToRun + composite aspnet image", description: "the ASP.NET Core framework precompiled as one composite image: fastest cold start, tighter version lock-in" }] : []
        ],
        defaultValue: () => "jit",
        applies: (answers) => answers.deploy !== "aot"
      },
      {
        id: "shell",
        prompt: "Do you need a shell and a package manager inside the running container?",
        why: "A shell lets you docker exec in and install tools while debugging. Without one, chiseled (Ubuntu) and distroless (Azure Linux) images remove the shell, the package manager and most packages: fewer CVEs, a smaller image, and non-root by default.",
        options: fixed([
          { value: "no", label: "No: smallest attack surface", description: "no shell and no package manager in production (chiseled or distroless image), running as non-root by default" },
          { value: "yes", label: "Yes: shell and package manager", description: "keeps a shell and a package manager for debugging and for installing native packages at build time" }
        ]),
        defaultValue: () => "no",
        applies: always
      },
      {
        id: "globalization",
        prompt: "Does the app need culture data and time zones?",
        why: "Invariant mode drops ICU: culture-specific formatting, sorting and time-zone lookups behave as the invariant culture. Apps that format dates or money for users, or convert time zones, need ICU and tzdata (the -extra images, or a full distro image).",
        options: fixed([
          { value: "invariant", label: "No: invariant globalization", description: "invariant globalization: no ICU to ship or load, smaller and faster" },
          { value: "icu", label: "Yes: ICU and time zones", description: "culture data (ICU) and time zones (tzdata) for culture-aware formatting and time-zone conversions" }
        ]),
        defaultValue: () => "invariant",
        applies: always
      },
      {
        id: "os",
        prompt: "Which Linux distribution should the images be based on?",
        why: "The distro decides the C library (Alpine uses musl, the others glibc), the package manager, the size and the minimal variants on offer: Ubuntu has chiseled images, Azure Linux distroless ones.",
        options: fixed([
          { value: "ubuntu", label: "Ubuntu", description: "Ubuntu, the default for .NET 10 and later, with chiseled images that have no shell" },
          { value: "debian", label: "Debian", description: "Debian, the default for .NET 8 and 9 (no shell-less variant, and no images from .NET 10 on)" },
          { value: "alpine", label: "Alpine", description: "Alpine: small, with a shell and apk; musl libc, so apps publish for linux-musl" },
          { value: "azurelinux", label: "Azure Linux", description: "Azure Linux, Microsoft's distro, with distroless images that have no shell" }
        ]),
        defaultValue: () => "ubuntu",
        applies: always
      },
      {
        id: "arch",
        prompt: "Which CPU architectures should the image run on?",
        why: "One tag can hold images for several architectures. The SDK cross-compiles for each target natively on the build machine, so no emulation is needed for the build (Native AOT outside Ubuntu is the exception).",
        multiple: true,
        options: () => architectures.map((architecture2) => ({
          value: architecture2,
          label: platforms[architecture2].label,
          description: `${platforms[architecture2].platform}: ${architectureUse[architecture2]}`
        })),
        defaultValue: () => "amd64,arm64",
        applies: always
      }
    ];
    architectureUse = {
      amd64: "most servers and CI machines",
      arm64: "Apple silicon, Graviton and Ampere servers, Raspberry Pi 4/5 with a 64-bit OS",
      arm: "older Raspberry Pi and other 32-bit Arm devices"
    };
  }
});

// source/engine/resolve.ts
function normalise(id, raw) {
  const value = raw.trim().toLowerCase();
  return aliases[id]?.[value] ?? value;
}
function accepted(id, answers, today) {
  return questionFor(id).options(answers, today).map((option2) => option2.value);
}
function parseValue(id, raw, answers, today, origin) {
  const allowed = accepted(id, { ...answers, startup: void 0 }, today);
  if (id === "startup") allowed.push("composite");
  if (id === "arch") {
    const parts = raw.split(",").map((part) => part.trim()).filter(Boolean);
    const expanded = parts.flatMap((part) => ["multi", "all"].includes(part.toLowerCase()) ? ["amd64", "arm64"] : [normalise(id, part)]);
    const unknown = expanded.filter((part) => !allowed.includes(part));
    if (unknown.length > 0 || expanded.length === 0) {
      throw new InputError(`${origin}: unknown architecture "${unknown[0] ?? raw}" (accepted: ${allowed.join(", ")}, or a comma-separated list).`);
    }
    return [...new Set(expanded)];
  }
  const value = id === "dotnet" ? raw.trim().replace(/^net/i, "").replace(/^(\d+)$/, "$1.0") : normalise(id, raw);
  if (!allowed.includes(value)) {
    throw new InputError(`${origin}: "${raw}" is not a valid ${valueNames[id]} (accepted: ${[...new Set(allowed)].join(", ")}).`);
  }
  return value;
}
function resolveAnswers(layers, today) {
  const answers = {};
  const provenance = {};
  const missing = [];
  for (const id of answerIds) {
    const question = questionFor(id);
    const layer = layers.find((candidate) => candidate.values[id] !== void 0 && candidate.values[id] !== "");
    if (layer) {
      const origin = layer.origin?.(id) ?? (layer.source === "flag" ? `--${id}` : `${layer.source} ${id}`);
      const value = parseValue(id, layer.values[id], answers, today, origin);
      answers[id] = value;
      provenance[id] = { source: layer.source, note: layer.notes?.[id] };
      continue;
    }
    if (!question.applies(answers)) {
      answers[id] = "jit";
      provenance[id] = { source: "not-applicable" };
      continue;
    }
    missing.push(id);
    const fallback = question.defaultValue(answers, today);
    answers[id] = parseValue(id, fallback, answers, today, "default");
    provenance[id] = { source: "default" };
  }
  return { answers, provenance, missing };
}
var InputError, aliases, valueNames;
var init_resolve = __esm({
  "source/engine/resolve.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_answers();
    init_questions();
    InputError = class extends Error {
      name = "InputError";
    };
    aliases = {
      app: { api: "web", aspnet: "web", aspnetcore: "web", worker: "console", service: "console" },
      deploy: { "framework-dependent": "framework", fdd: "framework", sc: "self-contained", selfcontained: "self-contained", "native-aot": "aot", nativeaot: "aot" },
      startup: { r2r: "readytorun", "ready-to-run": "readytorun", default: "jit" },
      shell: { true: "yes", false: "no", y: "yes", n: "no" },
      globalization: { icu: "icu", full: "icu", culture: "icu", true: "invariant", false: "icu" },
      os: { "azure-linux": "azurelinux", mariner: "azurelinux" },
      arch: { x64: "amd64", x86_64: "amd64", aarch64: "arm64", arm64v8: "arm64", arm32: "arm", armv7: "arm", arm32v7: "arm" }
    };
    valueNames = {
      dotnet: ".NET version",
      app: "app kind",
      deploy: "way to publish",
      startup: "start-up mode",
      shell: "shell answer",
      globalization: "globalization mode",
      os: "distribution",
      arch: "architecture"
    };
  }
});

// source/grammar/shown-text.ts
function escaped(character) {
  const code = character.codePointAt(0);
  return named[character] ?? (code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
}
function shownText(text3, options2 = {}) {
  const { lines: lines2 = false, limit = shownLength } = options2;
  let shown3 = "";
  let length = 0;
  for (const character of text3) {
    const part = lines2 && (character === "\n" || character === "	") || !hidden.test(character) ? character : escaped(character);
    const size = [...part].length;
    if (length + size > limit) return `${shown3}\u2026`;
    shown3 += part;
    length += size;
  }
  return shown3;
}
function shownValue(text3, limit = 80) {
  return `"${shownText(text3.replaceAll(/["\\]/g, (character) => `\\${character}`), { limit })}"`;
}
var shownLength, hidden, named;
var init_shown_text = __esm({
  "source/grammar/shown-text.ts"() {
    "use strict";
    init_define_PACKAGE();
    shownLength = 200;
    hidden = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/u;
    named = { "\n": "\\n", "\r": "\\r", "	": "\\t", "\x1B": "\\x1b" };
  }
});

// source/grammar/buildx-output.ts
function csvField(field3) {
  return /[",]/.test(field3) || /^\s/.test(field3) ? `"${field3.replaceAll('"', '""')}"` : field3;
}
function ociOutput(file) {
  if (/[\u0000-\u001F\u007F]/.test(file)) throw new InputError(`--oci: ${shownValue(file)} has a control character, which no build tool takes in a path.`);
  return `type=oci,${csvField(`dest=${file}`)}`;
}
function secretSource(id, file) {
  if (/[\u0000-\u001F\u007F]/.test(file)) throw new InputError(`the secret file ${shownValue(file)} has a control character, which no build tool takes in a path.`);
  return `id=${id},${csvField(`src=${file}`)}`;
}
var init_buildx_output = __esm({
  "source/grammar/buildx-output.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_shown_text();
  }
});

// source/grammar/oci-reference.ts
function parseImageReference(text3) {
  if (text3.length === 0) return { error: "an image name cannot be empty" };
  const match = referencePattern.exec(text3);
  if (!match) return { error: "is not an image reference (registry/repository:tag: lower-case letters, digits and . _ - in the name, a tag of letters, digits and . _ -)" };
  let [, registry2, repository, tagPart, digestPart] = match;
  if (registry2 !== void 0 && !looksLikeRegistry(registry2)) {
    if (registry2 !== registry2.toLowerCase()) return { error: "is not an image reference: the repository must be lower case" };
    repository = `${registry2}/${repository}`;
    registry2 = void 0;
  }
  const name = registry2 === void 0 ? repository : `${registry2}/${repository}`;
  if (name.length > maxNameLength) return { error: `is not an image reference: the name is longer than ${maxNameLength} characters` };
  return { ...registry2 === void 0 ? {} : { registry: registry2 }, repository, ...tagPart === void 0 ? {} : { tag: tagPart }, ...digestPart === void 0 ? {} : { digest: digestPart } };
}
function formatImageReference(reference3) {
  return `${reference3.registry === void 0 ? "" : `${reference3.registry}/`}${reference3.repository}${reference3.tag === void 0 ? "" : `:${reference3.tag}`}${reference3.digest === void 0 ? "" : `@${reference3.digest}`}`;
}
var domainComponent, domain, pathComponent, tag, digest, referencePattern, maxNameLength, looksLikeRegistry, isImageReference;
var init_oci_reference = __esm({
  "source/grammar/oci-reference.ts"() {
    "use strict";
    init_define_PACKAGE();
    domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
    pathComponent = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    tag = "[\\w][\\w.-]{0,127}";
    digest = "[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}";
    referencePattern = new RegExp(`^(?:(${domain})/)?(${pathComponent}(?:/${pathComponent})*)(?::(${tag}))?(?:@(${digest}))?$`);
    maxNameLength = 255;
    looksLikeRegistry = (part) => part.includes(".") || part.includes(":") || part === "localhost" || part.startsWith("[");
    isImageReference = (text3) => !("error" in parseImageReference(text3));
  }
});

// source/grammar/image-name.ts
function imageToBuild(text3, where2) {
  const parsed = parseImageReference(text3);
  if ("error" in parsed) {
    throw new InputError(parsed.error.startsWith("is ") ? `${where2}: ${shownValue(text3)} ${parsed.error}.` : `${where2}: ${parsed.error}.`);
  }
  if (parsed.digest !== void 0) throw new InputError(`${where2}: ${shownValue(text3)} has a digest, which names an image that exists: name the image to build with a tag, like app:1.0.`);
  return parsed;
}
function repositoryOnly(text3) {
  const parsed = parseImageReference(text3);
  return !("error" in parsed) && parsed.registry === void 0 && parsed.tag === void 0 && parsed.digest === void 0;
}
var init_image_name = __esm({
  "source/grammar/image-name.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_oci_reference();
    init_shown_text();
  }
});

// node-builtin:node:fs/promises
var loaded, load, open, rename, rm, mkdir, readdir, readlink, lstat, stat, link, unlink, writeFile;
var init_promises = __esm({
  "node-builtin:node:fs/promises"() {
    init_define_PACKAGE();
    load = () => loaded ??= require("node:fs/promises");
    open = (...parameters) => load().open(...parameters);
    rename = (...parameters) => load().rename(...parameters);
    rm = (...parameters) => load().rm(...parameters);
    mkdir = (...parameters) => load().mkdir(...parameters);
    readdir = (...parameters) => load().readdir(...parameters);
    readlink = (...parameters) => load().readlink(...parameters);
    lstat = (...parameters) => load().lstat(...parameters);
    stat = (...parameters) => load().stat(...parameters);
    link = (...parameters) => load().link(...parameters);
    unlink = (...parameters) => load().unlink(...parameters);
    writeFile = (...parameters) => load().writeFile(...parameters);
  }
});

// node-builtin:node:path
var node_path_default;
var init_node_path = __esm({
  "node-builtin:node:path"() {
    init_define_PACKAGE();
    node_path_default = require("node:path");
  }
});

// source/project/condition.ts
function lowerCased(properties) {
  return new Map(Object.entries(properties).map(([name, value]) => [name.toLowerCase(), value]));
}
function tokens(condition) {
  const found = [];
  const pattern = /\s*(?:'([^']*)'|(==|!=|\(|\))|([A-Za-z]+))/y;
  let index = 0;
  while (index < condition.trimEnd().length) {
    pattern.lastIndex = index;
    const match = pattern.exec(condition);
    if (!match) throw new Undecided();
    if (match[1] !== void 0) found.push({ kind: "string", value: match[1] });
    else if (match[2]) found.push({ kind: "symbol", value: match[2] });
    else found.push({ kind: "word", value: match[3].toLowerCase() });
    index = pattern.lastIndex;
  }
  return found;
}
function conditionHolds(condition, known) {
  const lookup = known instanceof Map ? known : lowerCased(known);
  const expand2 = (text3) => {
    let length = text3.length;
    return text3.replaceAll(/\$\(([A-Za-z_][\w.-]*)\)/g, (match, name) => {
      const value = lookup.get(name.toLowerCase());
      if (value === void 0) throw new Undecided();
      length += value.length - match.length;
      if (length > maxComparedLength) throw new Undecided();
      return value;
    });
  };
  try {
    const list = tokens(condition);
    let position = 0;
    let depth = 0;
    const peek = () => list[position];
    const take = () => list[position++];
    const or = () => {
      let value2 = and();
      while (peek()?.kind === "word" && peek().value === "or") {
        take();
        const right = and();
        value2 = value2 || right;
      }
      return value2;
    };
    const and = () => {
      let value2 = comparison();
      while (peek()?.kind === "word" && peek().value === "and") {
        take();
        const right = comparison();
        value2 = value2 && right;
      }
      return value2;
    };
    const comparison = () => {
      const token = take();
      if (token?.kind === "symbol" && token.value === "(") {
        if (++depth > maxConditionDepth) throw new ConditionTooDeep();
        const value2 = or();
        if (take()?.value !== ")") throw new Undecided();
        depth--;
        return value2;
      }
      const operator = take();
      const right = take();
      if (token?.kind !== "string" || operator?.kind !== "symbol" || right?.kind !== "string" || !["==", "!="].includes(operator.value)) throw new Undecided();
      const equal = expand2(token.value).trim().toLowerCase() === expand2(right.value).trim().toLowerCase();
      return operator.value === "==" ? equal : !equal;
    };
    const value = or();
    return position === list.length ? value : void 0;
  } catch (error) {
    if (error instanceof Undecided) return void 0;
    throw error;
  }
}
var publishGlobals, Undecided, maxComparedLength, maxConditionDepth, ConditionTooDeep;
var init_condition = __esm({
  "source/project/condition.ts"() {
    "use strict";
    init_define_PACKAGE();
    publishGlobals = { Configuration: "Release", Platform: "AnyCPU" };
    Undecided = class extends Error {
    };
    maxComparedLength = 1024 * 1024;
    maxConditionDepth = 64;
    ConditionTooDeep = class extends Error {
      name = "ConditionTooDeep";
      constructor() {
        super(`that nests parentheses more than ${maxConditionDepth} deep`);
      }
    };
  }
});

// node_modules/fast-xml-parser/src/util.js
function getAllMatches(string, regex) {
  const matches2 = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches2.push(allmatches);
    match = regex.exec(string);
  }
  return matches2;
}
function isExist(v) {
  return typeof v !== "undefined";
}
var nameStartChar, nameChar, nameRegexp, regexName, isName, DANGEROUS_PROPERTY_NAMES, criticalProperties;
var init_util = __esm({
  "node_modules/fast-xml-parser/src/util.js"() {
    "use strict";
    init_define_PACKAGE();
    nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
    nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
    nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
    regexName = new RegExp("^" + nameRegexp + "$");
    isName = function(string) {
      const match = regexName.exec(string);
      return !(match === null || typeof match === "undefined");
    };
    DANGEROUS_PROPERTY_NAMES = [
      // '__proto__',
      // 'constructor',
      // 'prototype',
      "hasOwnProperty",
      "toString",
      "valueOf",
      "__defineGetter__",
      "__defineSetter__",
      "__lookupGetter__",
      "__lookupSetter__"
    ];
    criticalProperties = ["__proto__", "constructor", "prototype"];
  }
});

// node_modules/fast-xml-parser/src/validator.js
function validate(xmlData, options2) {
  options2 = Object.assign({}, defaultOptions, options2);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options2);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options2);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options2.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start2 = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start2, i - start2);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens2 = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens2.push(token);
  }
  return tokens2;
}
function validateAttributeString(attrStr, options2) {
  const matches2 = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches2.length; i++) {
    if (matches2[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches2[i][2] + "' has no space in starting.", getPositionFromMatch(matches2[i]));
    } else if (matches2[i][3] !== void 0 && matches2[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches2[i][2] + "' is without value.", getPositionFromMatch(matches2[i]));
    } else if (matches2[i][3] === void 0 && !options2.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches2[i][2] + "' is not allowed.", getPositionFromMatch(matches2[i]));
    }
    const attrName = matches2[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches2[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches2[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines2 = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines2.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines2[lines2.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}
var defaultOptions, doubleQuote, singleQuote;
var init_validator = __esm({
  "node_modules/fast-xml-parser/src/validator.js"() {
    "use strict";
    init_define_PACKAGE();
    init_util();
    defaultOptions = {
      allowBooleanAttributes: false,
      //A tag can have attributes without any value
      unpairedTags: []
    };
    doubleQuote = '"';
    singleQuote = "'";
  }
});

// node_modules/@nodable/entities/src/entities.js
var CURRENCY, XML, COMMON_HTML;
var init_entities = __esm({
  "node_modules/@nodable/entities/src/entities.js"() {
    init_define_PACKAGE();
    CURRENCY = {
      cent: "\xA2",
      pound: "\xA3",
      curren: "\xA4",
      yen: "\xA5",
      euro: "\u20AC",
      dollar: "$",
      fnof: "\u0192",
      inr: "\u20B9",
      af: "\u060B",
      birr: "\u1265\u122D",
      peso: "\u20B1",
      rub: "\u20BD",
      won: "\u20A9",
      yuan: "\xA5",
      cedil: "\xB8"
    };
    XML = {
      amp: "&",
      apos: "'",
      gt: ">",
      lt: "<",
      quot: '"'
    };
    COMMON_HTML = {
      nbsp: "\xA0",
      copy: "\xA9",
      reg: "\xAE",
      trade: "\u2122",
      mdash: "\u2014",
      ndash: "\u2013",
      hellip: "\u2026",
      laquo: "\xAB",
      raquo: "\xBB",
      lsquo: "\u2018",
      rsquo: "\u2019",
      ldquo: "\u201C",
      rdquo: "\u201D",
      bull: "\u2022",
      para: "\xB6",
      sect: "\xA7",
      deg: "\xB0",
      frac12: "\xBD",
      frac14: "\xBC",
      frac34: "\xBE"
    };
  }
});

// node_modules/@nodable/entities/src/EntityDecoder.js
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var ENTITY_ACTION, SPECIAL_CHARS, LIMIT_TIER_EXTERNAL, LIMIT_TIER_BASE, LIMIT_TIER_ALL, NCR_LEVEL, XML10_ALLOWED_C0, EntityDecoder;
var init_EntityDecoder = __esm({
  "node_modules/@nodable/entities/src/EntityDecoder.js"() {
    init_define_PACKAGE();
    init_entities();
    ENTITY_ACTION = Object.freeze({
      /** Resolve and expand the entity normally. */
      ALLOW: "allow",
      /** Silently skip this entity — it will not be registered. */
      BLOCK: "block",
      /** Throw an error, aborting entity registration entirely. */
      THROW: "throw"
    });
    SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
    LIMIT_TIER_EXTERNAL = "external";
    LIMIT_TIER_BASE = "base";
    LIMIT_TIER_ALL = "all";
    NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
    XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
    EntityDecoder = class {
      /**
       * @param {object} [options]
       * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
       * @param {object}  [options.limit]                 — security limits
       * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
       * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
       * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
       *   Which entity tiers count against the security limits:
       *   - 'external' (default) — only input/runtime + persistent external entities
       *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
       *   - 'all'                — every entity regardless of tier
       *   - string[]             — explicit combination, e.g. ['external', 'base']
       * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
       * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
       * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
       * @param {object}   [options.ncr]       — Numeric Character Reference controls
       * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
       *   XML version governing which codepoint ranges are restricted:
       *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
       *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
       * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
       *   Base action for numeric references. Severity order: allow < leave < remove < throw.
       *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
       *   the effective action is max(onNCR, rangeMinimum).
       * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
       *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
       * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
       *   Hook called when an external entity is registered via `setExternalEntities()` or
       *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
       *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
       * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
       *   Hook called when an input entity is registered via `addInputEntities()`. Return
       *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
       *   `ENTITY_ACTION.THROW` to abort with an error.
       */
      constructor(options2 = {}) {
        this._limit = options2.limit || {};
        this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
        this._maxExpandedLength = this._limit.maxExpandedLength || 0;
        this._postCheck = typeof options2.postCheck === "function" ? options2.postCheck : (r) => r;
        this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
        this._numericAllowed = options2.numericAllowed ?? true;
        this._baseMap = mergeEntityMaps(XML, options2.namedEntities || null);
        this._externalMap = /* @__PURE__ */ Object.create(null);
        this._inputMap = /* @__PURE__ */ Object.create(null);
        this._totalExpansions = 0;
        this._expandedLength = 0;
        this._removeSet = new Set(options2.remove && Array.isArray(options2.remove) ? options2.remove : []);
        this._leaveSet = new Set(options2.leave && Array.isArray(options2.leave) ? options2.leave : []);
        const ncrCfg = parseNCRConfig(options2.ncr);
        this._ncrXmlVersion = ncrCfg.xmlVersion;
        this._ncrOnLevel = ncrCfg.onLevel;
        this._ncrNullLevel = ncrCfg.nullLevel;
        this._onExternalEntity = typeof options2.onExternalEntity === "function" ? options2.onExternalEntity : null;
        this._onInputEntity = typeof options2.onInputEntity === "function" ? options2.onInputEntity : null;
      }
      // -------------------------------------------------------------------------
      // Private: registration hook dispatch
      // -------------------------------------------------------------------------
      /**
       * Invoke a registration hook for a single entity name/value pair.
       * Returns true when the entity should be accepted, false when it should be
       * silently skipped (BLOCK), and throws when the hook returns THROW.
       *
       * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
       * @param {string} name
       * @param {string} value
       * @param {string} context  — used in error messages ('external' | 'input')
       * @returns {boolean}  true = accept, false = skip
       */
      _applyRegistrationHook(hook, name, value, context) {
        if (!hook) return true;
        const action = hook(name, value);
        if (action === ENTITY_ACTION.BLOCK) return false;
        if (action === ENTITY_ACTION.THROW) {
          throw new Error(
            `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
          );
        }
        return true;
      }
      // -------------------------------------------------------------------------
      // Persistent external entity registration
      // -------------------------------------------------------------------------
      /**
       * Replace the full set of persistent external entities.
       * All keys are validated — throws on invalid characters.
       * If `onExternalEntity` is set, it is called once per entry; entries that
       * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
       * aborts the whole call.
       * @param {Record<string, string | { regex?: RegExp, val: string }>} map
       */
      setExternalEntities(map) {
        if (map) {
          for (const key of Object.keys(map)) {
            validateEntityName(key);
          }
        }
        if (!this._onExternalEntity) {
          this._externalMap = mergeEntityMaps(map);
          return;
        }
        const flat = mergeEntityMaps(map);
        const filtered = /* @__PURE__ */ Object.create(null);
        for (const [name, value] of Object.entries(flat)) {
          if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
            filtered[name] = value;
          }
        }
        this._externalMap = filtered;
      }
      /**
       * Add a single persistent external entity.
       * If `onExternalEntity` is set it is called before the entity is stored;
       * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
       * @param {string} key
       * @param {string} value
       */
      addExternalEntity(key, value) {
        validateEntityName(key);
        if (typeof value === "string" && value.indexOf("&") === -1) {
          if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
            this._externalMap[key] = value;
          }
        }
      }
      // -------------------------------------------------------------------------
      // Input / runtime entity registration (per document)
      // -------------------------------------------------------------------------
      /**
       * Inject DOCTYPE entities for the current document.
       * Also resets per-document expansion counters.
       * If `onInputEntity` is set it is called once per entry; entries returning
       * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
       * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
       */
      addInputEntities(map) {
        this._totalExpansions = 0;
        this._expandedLength = 0;
        if (!this._onInputEntity) {
          this._inputMap = mergeEntityMaps(map);
          return;
        }
        const flat = mergeEntityMaps(map);
        const filtered = /* @__PURE__ */ Object.create(null);
        for (const [name, value] of Object.entries(flat)) {
          if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
            filtered[name] = value;
          }
        }
        this._inputMap = filtered;
      }
      // -------------------------------------------------------------------------
      // Per-document reset
      // -------------------------------------------------------------------------
      /**
       * Wipe input/runtime entities and reset counters.
       * Call this before processing each new document.
       * @returns {this}
       */
      reset() {
        this._inputMap = /* @__PURE__ */ Object.create(null);
        this._totalExpansions = 0;
        this._expandedLength = 0;
        return this;
      }
      // -------------------------------------------------------------------------
      // XML version (can be set after construction, e.g. once parser reads <?xml?>)
      // -------------------------------------------------------------------------
      /**
       * Update the XML version used for NCR classification.
       * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
       * @param {1.0|1.1|number} version
       */
      setXmlVersion(version3) {
        this._ncrXmlVersion = version3 === 1.1 ? 1.1 : 1;
      }
      // -------------------------------------------------------------------------
      // Primary API
      // -------------------------------------------------------------------------
      /**
       * Replace all entity references in `str` in a single pass.
       *
       * @param {string} str
       * @returns {string}
       */
      decode(str) {
        if (typeof str !== "string" || str.length === 0) return str;
        if (str.indexOf("&") === -1) return str;
        const original = str;
        const chunks = [];
        const len = str.length;
        let last = 0;
        let i = 0;
        const limitExpansions = this._maxTotalExpansions > 0;
        const limitLength = this._maxExpandedLength > 0;
        const checkLimits = limitExpansions || limitLength;
        while (i < len) {
          if (str.charCodeAt(i) !== 38) {
            i++;
            continue;
          }
          let j = i + 1;
          while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
          if (j >= len || str.charCodeAt(j) !== 59) {
            i++;
            continue;
          }
          const token = str.slice(i + 1, j);
          if (token.length === 0) {
            i++;
            continue;
          }
          let replacement;
          let tier;
          if (this._removeSet.has(token)) {
            replacement = "";
            if (tier === void 0) {
              tier = LIMIT_TIER_EXTERNAL;
            }
          } else if (this._leaveSet.has(token)) {
            i++;
            continue;
          } else if (token.charCodeAt(0) === 35) {
            const ncrResult = this._resolveNCR(token);
            if (ncrResult === void 0) {
              i++;
              continue;
            }
            replacement = ncrResult;
            tier = LIMIT_TIER_BASE;
          } else {
            const resolved = this._resolveName(token);
            replacement = resolved?.value;
            tier = resolved?.tier;
          }
          if (replacement === void 0) {
            i++;
            continue;
          }
          if (i > last) chunks.push(str.slice(last, i));
          chunks.push(replacement);
          last = j + 1;
          i = last;
          if (checkLimits && this._tierCounts(tier)) {
            if (limitExpansions) {
              this._totalExpansions++;
              if (this._totalExpansions > this._maxTotalExpansions) {
                throw new Error(
                  `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
                );
              }
            }
            if (limitLength) {
              const delta = replacement.length - (token.length + 2);
              if (delta > 0) {
                this._expandedLength += delta;
                if (this._expandedLength > this._maxExpandedLength) {
                  throw new Error(
                    `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
                  );
                }
              }
            }
          }
        }
        if (last < len) chunks.push(str.slice(last));
        const result = chunks.length === 0 ? str : chunks.join("");
        return this._postCheck(result, original);
      }
      // -------------------------------------------------------------------------
      // Private: limit tier check
      // -------------------------------------------------------------------------
      /**
       * Returns true if a resolved entity of the given tier should count
       * against the expansion/length limits.
       * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
       * @returns {boolean}
       */
      _tierCounts(tier) {
        if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
        return this._limitTiers.has(tier);
      }
      // -------------------------------------------------------------------------
      // Private: entity resolution
      // -------------------------------------------------------------------------
      /**
       * Resolve a named entity token (without & and ;).
       * Priority: inputMap > externalMap > baseMap
       * Returns the resolved value tagged with its limit tier.
       *
       * @param {string} name
       * @returns {{ value: string, tier: string }|undefined}
       */
      _resolveName(name) {
        if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
        if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
        if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
        return void 0;
      }
      /**
       * Classify a codepoint and return the minimum action level that must be applied.
       * Returns -1 when no minimum is imposed (normal allow path).
       *
       * Ranges checked (in priority order):
       *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
       *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
       *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
       *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
       *
       * @param {number} cp  — codepoint
       * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
       */
      _classifyNCR(cp) {
        if (cp === 0) return this._ncrNullLevel;
        if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
        if (this._ncrXmlVersion === 1) {
          if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
        }
        return -1;
      }
      /**
       * Execute a resolved NCR action.
       *
       * @param {number} action   — NCR_LEVEL value
       * @param {string} token    — raw token (e.g. '#38') for error messages
       * @param {number} cp       — codepoint, used only for error messages
       * @returns {string|undefined}
       *   - decoded character string  → 'allow'
       *   - ''                        → 'remove'
       *   - undefined                 → 'leave' (caller must skip past '&' only)
       *   - throws Error              → 'throw'
       */
      _applyNCRAction(action, token, cp) {
        switch (action) {
          case NCR_LEVEL.allow:
            return String.fromCodePoint(cp);
          case NCR_LEVEL.remove:
            return "";
          case NCR_LEVEL.leave:
            return void 0;
          // signal: keep literal
          case NCR_LEVEL.throw:
            throw new Error(
              `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
            );
          default:
            return String.fromCodePoint(cp);
        }
      }
      /**
       * Full NCR resolution pipeline for a numeric token.
       *
       * Steps:
       *   1. Parse the codepoint (decimal or hex).
       *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
       *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
       *   4. Classify the codepoint to find the minimum required action level.
       *   5. Resolve effective action = max(onNCR, minimum).
       *   6. Apply and return.
       *
       * @param {string} token  — e.g. '#38', '#x26', '#X26'
       * @returns {string|undefined}
       *   - string (incl. '')  — replacement ('' = remove)
       *   - undefined          — leave original &token; as-is
       */
      _resolveNCR(token) {
        const second = token.charCodeAt(1);
        let cp;
        if (second === 120 || second === 88) {
          cp = parseInt(token.slice(2), 16);
        } else {
          cp = parseInt(token.slice(1), 10);
        }
        if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
        const minimum = this._classifyNCR(cp);
        if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
        const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
        return this._applyNCRAction(effective, token, cp);
      }
    };
  }
});

// node_modules/@nodable/entities/src/index.js
var init_src = __esm({
  "node_modules/@nodable/entities/src/index.js"() {
    init_define_PACKAGE();
    init_EntityDecoder();
    init_entities();
  }
});

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
function validatePropertyName(propertyName2, optionName) {
  if (typeof propertyName2 !== "string") {
    return;
  }
  const normalized = propertyName2.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName2}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName2}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var defaultOnDangerousProperty, defaultOptions2, buildOptions;
var init_OptionsBuilder = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js"() {
    init_define_PACKAGE();
    init_util();
    defaultOnDangerousProperty = (name) => {
      if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
        return "__" + name;
      }
      return name;
    };
    defaultOptions2 = {
      preserveOrder: false,
      attributeNamePrefix: "@_",
      attributesGroupName: false,
      textNodeName: "#text",
      ignoreAttributes: true,
      removeNSPrefix: false,
      // remove NS from tag name or attribute name if true
      allowBooleanAttributes: false,
      //a tag can have attributes without any value
      //ignoreRootElement : false,
      parseTagValue: true,
      parseAttributeValue: false,
      trimValues: true,
      //Trim string values of tag and attributes
      cdataPropName: false,
      numberParseOptions: {
        hex: true,
        leadingZeros: true,
        eNotation: true,
        unicode: false
      },
      tagValueProcessor: function(tagName, val) {
        return val;
      },
      attributeValueProcessor: function(attrName, val) {
        return val;
      },
      stopNodes: [],
      //nested tags will not be parsed even for errors
      alwaysCreateTextNode: false,
      isArray: () => false,
      commentPropName: false,
      unpairedTags: [],
      processEntities: true,
      htmlEntities: false,
      entityDecoder: null,
      ignoreDeclaration: false,
      ignorePiTags: false,
      transformTagName: false,
      transformAttributeName: false,
      updateTag: function(tagName, jPath, attrs) {
        return tagName;
      },
      // skipEmptyListItem: false
      captureMetaData: false,
      maxNestedTags: 100,
      strictReservedNames: true,
      jPath: true,
      // if true, pass jPath string to callbacks; if false, pass matcher instance
      onDangerousProperty: defaultOnDangerousProperty
    };
    buildOptions = function(options2) {
      const built = Object.assign({}, defaultOptions2, options2);
      const propertyNameOptions = [
        { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
        { value: built.attributesGroupName, name: "attributesGroupName" },
        { value: built.textNodeName, name: "textNodeName" },
        { value: built.cdataPropName, name: "cdataPropName" },
        { value: built.commentPropName, name: "commentPropName" }
      ];
      for (const { value, name } of propertyNameOptions) {
        if (value) {
          validatePropertyName(value, name);
        }
      }
      if (built.onDangerousProperty === null) {
        built.onDangerousProperty = defaultOnDangerousProperty;
      }
      built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
      built.unpairedTagsSet = new Set(built.unpairedTags);
      if (built.stopNodes && Array.isArray(built.stopNodes)) {
        built.stopNodes = built.stopNodes.map((node) => {
          if (typeof node === "string" && node.startsWith("*.")) {
            return ".." + node.substring(2);
          }
          return node;
        });
      }
      return built;
    };
  }
});

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL, XmlNode;
var init_xmlNode = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/xmlNode.js"() {
    "use strict";
    init_define_PACKAGE();
    if (typeof Symbol !== "function") {
      METADATA_SYMBOL = "@@xmlMetadata";
    } else {
      METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
    }
    XmlNode = class {
      constructor(tagname) {
        this.tagname = tagname;
        this.child = [];
        this[":@"] = /* @__PURE__ */ Object.create(null);
      }
      add(key, val) {
        if (key === "__proto__") key = "#__proto__";
        this.child.push({ [key]: val });
      }
      addChild(node, startIndex) {
        if (node.tagname === "__proto__") node.tagname = "#__proto__";
        if (node[":@"] && Object.keys(node[":@"]).length > 0) {
          this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
        } else {
          this.child.push({ [node.tagname]: node.child });
        }
        this.addStartIndex(startIndex);
      }
      addStartIndex(startIndex) {
        if (startIndex !== void 0) {
          this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
        }
      }
      addEndIndex(endIndex) {
        const lastChild = this.child[this.child.length - 1];
        if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
          lastChild[METADATA_SYMBOL].endIndex = endIndex;
        }
      }
      /** symbol used for metadata */
      static getMetaDataSymbol() {
        return METADATA_SYMBOL;
      }
    };
  }
});

// node_modules/xml-naming/src/index.js
var nameStartChar10, nameChar10, nameStartChar11, nameChar11, buildRegexes, regexes10, regexes11, nameStartCharAscii, nameCharAscii, regexesAscii, getRegexes, qName;
var init_src2 = __esm({
  "node_modules/xml-naming/src/index.js"() {
    init_define_PACKAGE();
    nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
    nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
    nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
    buildRegexes = (startChar, char, flags2 = "") => {
      const ncStart = startChar.replace(":", "");
      const ncChar = char.replace(":", "");
      const ncNamePat = `[${ncStart}][${ncChar}]*`;
      return {
        name: new RegExp(`^[${startChar}][${char}]*$`, flags2),
        ncName: new RegExp(`^${ncNamePat}$`, flags2),
        qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags2),
        nmToken: new RegExp(`^[${char}]+$`, flags2),
        nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags2)
      };
    };
    regexes10 = buildRegexes(nameStartChar10, nameChar10);
    regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
    nameStartCharAscii = ":A-Za-z_";
    nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
    regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
    getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
      if (asciiOnly) return regexesAscii;
      return xmlVersion === "1.1" ? regexes11 : regexes10;
    };
    qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);
  }
});

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}
var DocTypeReader, skipWhitespace;
var init_DocTypeReader = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js"() {
    init_define_PACKAGE();
    init_src2();
    DocTypeReader = class {
      constructor(options2, xmlVersion) {
        this.suppressValidationErr = !options2;
        this.options = options2;
        this.xmlVersion = xmlVersion || 1;
      }
      setXmlVersion(xmlVersion = 1) {
        this.xmlVersion = xmlVersion;
      }
      readDocType(xmlData, i) {
        const entities = /* @__PURE__ */ Object.create(null);
        let entityCount = 0;
        if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
          i = i + 9;
          let angleBracketsCount = 1;
          let hasBody = false, comment = false;
          let quoteChar = null;
          let exp = "";
          for (; i < xmlData.length; i++) {
            if (quoteChar !== null) {
              if (xmlData[i] === quoteChar) quoteChar = null;
              exp += xmlData[i];
              continue;
            }
            if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
              quoteChar = xmlData[i];
              exp += xmlData[i];
              continue;
            }
            if (xmlData[i] === "<" && !comment) {
              if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                i += 7;
                let entityName, val;
                [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                if (val.indexOf("&") === -1) {
                  if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                    throw new Error(
                      `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                    );
                  }
                  entities[entityName] = val;
                  entityCount++;
                }
              } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                i += 8;
                const { index } = this.readElementExp(xmlData, i + 1);
                i = index;
              } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                i += 8;
              } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                i += 9;
                const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                i = index;
              } else if (hasSeq(xmlData, "!--", i)) comment = true;
              else throw new Error(`Invalid DOCTYPE`);
              angleBracketsCount++;
              exp = "";
            } else if (xmlData[i] === ">") {
              if (comment) {
                if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                  comment = false;
                  angleBracketsCount--;
                }
              } else {
                angleBracketsCount--;
              }
              if (angleBracketsCount === 0) {
                break;
              }
            } else if (xmlData[i] === "[") {
              hasBody = true;
            } else {
              exp += xmlData[i];
            }
          }
          if (quoteChar !== null || angleBracketsCount !== 0) {
            throw new Error(`Unclosed DOCTYPE`);
          }
        } else {
          throw new Error(`Invalid Tag instead of DOCTYPE`);
        }
        return { entities, i };
      }
      readEntityExp(xmlData, i) {
        i = skipWhitespace(xmlData, i);
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
          i++;
        }
        let entityName = xmlData.substring(startIndex, i);
        validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
        i = skipWhitespace(xmlData, i);
        if (!this.suppressValidationErr) {
          if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
            throw new Error("External entities are not supported");
          } else if (xmlData[i] === "%") {
            throw new Error("Parameter entities are not supported");
          }
        }
        let entityValue = "";
        [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
        if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
          throw new Error(
            `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
          );
        }
        i--;
        return [entityName, entityValue, i];
      }
      readNotationExp(xmlData, i) {
        i = skipWhitespace(xmlData, i);
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
          i++;
        }
        let notationName = xmlData.substring(startIndex, i);
        !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
        i = skipWhitespace(xmlData, i);
        const identifierType = xmlData.substring(i, i + 6).toUpperCase();
        if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
          throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
        }
        i += identifierType.length;
        i = skipWhitespace(xmlData, i);
        let publicIdentifier = null;
        let systemIdentifier = null;
        if (identifierType === "PUBLIC") {
          [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
          i = skipWhitespace(xmlData, i);
          if (xmlData[i] === '"' || xmlData[i] === "'") {
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
          }
        } else if (identifierType === "SYSTEM") {
          [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
          if (!this.suppressValidationErr && !systemIdentifier) {
            throw new Error("Missing mandatory system identifier for SYSTEM notation");
          }
        }
        return { notationName, publicIdentifier, systemIdentifier, index: --i };
      }
      readIdentifierVal(xmlData, i, type) {
        let identifierVal = "";
        const startChar = xmlData[i];
        if (startChar !== '"' && startChar !== "'") {
          throw new Error(`Expected quoted string, found "${startChar}"`);
        }
        i++;
        const startIndex = i;
        while (i < xmlData.length && xmlData[i] !== startChar) {
          i++;
        }
        identifierVal = xmlData.substring(startIndex, i);
        if (xmlData[i] !== startChar) {
          throw new Error(`Unterminated ${type} value`);
        }
        i++;
        return [i, identifierVal];
      }
      readElementExp(xmlData, i) {
        i = skipWhitespace(xmlData, i);
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
          i++;
        }
        let elementName = xmlData.substring(startIndex, i);
        if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid element name: "${elementName}"`);
        }
        i = skipWhitespace(xmlData, i);
        let contentModel = "";
        if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
        else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
        else if (xmlData[i] === "(") {
          i++;
          const startIndex2 = i;
          while (i < xmlData.length && xmlData[i] !== ")") {
            i++;
          }
          contentModel = xmlData.substring(startIndex2, i);
          if (xmlData[i] !== ")") {
            throw new Error("Unterminated content model");
          }
        } else if (!this.suppressValidationErr) {
          throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
        }
        return {
          elementName,
          contentModel: contentModel.trim(),
          index: i
        };
      }
      readAttlistExp(xmlData, i) {
        i = skipWhitespace(xmlData, i);
        let startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
          i++;
        }
        let elementName = xmlData.substring(startIndex, i);
        validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
        i = skipWhitespace(xmlData, i);
        startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
          i++;
        }
        let attributeName = xmlData.substring(startIndex, i);
        if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid attribute name: "${attributeName}"`);
        }
        i = skipWhitespace(xmlData, i);
        let attributeType = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
          attributeType = "NOTATION";
          i += 8;
          i = skipWhitespace(xmlData, i);
          if (xmlData[i] !== "(") {
            throw new Error(`Expected '(', found "${xmlData[i]}"`);
          }
          i++;
          let allowedNotations = [];
          while (i < xmlData.length && xmlData[i] !== ")") {
            const startIndex2 = i;
            while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
              i++;
            }
            let notation = xmlData.substring(startIndex2, i);
            notation = notation.trim();
            if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
              throw new Error(`Invalid notation name: "${notation}"`);
            }
            allowedNotations.push(notation);
            if (xmlData[i] === "|") {
              i++;
              i = skipWhitespace(xmlData, i);
            }
          }
          if (xmlData[i] !== ")") {
            throw new Error("Unterminated list of notations");
          }
          i++;
          attributeType += " (" + allowedNotations.join("|") + ")";
        } else {
          const startIndex2 = i;
          while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
          }
          attributeType += xmlData.substring(startIndex2, i);
          const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
          if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
            throw new Error(`Invalid attribute type: "${attributeType}"`);
          }
        }
        i = skipWhitespace(xmlData, i);
        let defaultValue = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
          defaultValue = "#REQUIRED";
          i += 8;
        } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
          defaultValue = "#IMPLIED";
          i += 7;
        } else {
          [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
        }
        return {
          elementName,
          attributeName,
          attributeType,
          defaultValue,
          index: i
        };
      }
    };
    skipWhitespace = (data, index) => {
      while (index < data.length && /\s/.test(data[index])) {
        index++;
      }
      return index;
    };
  }
});

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS, NOT_DIGIT, HIGH_MAP, LOW_MAX, LOW_MIN, TABLE_OFFSET, TABLE_SIZE, TABLE;
var init_digitTable = __esm({
  "node_modules/anynum/digitTable.js"() {
    init_define_PACKAGE();
    SCRIPT_ZEROS = [
      // Basic Latin (ASCII) — included for completeness / pass-through
      48,
      // 0-9
      // Arabic scripts
      1632,
      // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
      1776,
      // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
      // Indic scripts
      2406,
      // Devanagari ०१२३४५६७८९
      2534,
      // Bengali ০১২৩৪৫৬৭৮৯
      2662,
      // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
      2790,
      // Gujarati ૦૧૨૩૪૫૬૭૮૯
      2918,
      // Odia ୦୧୨୩୪୫୬୭୮୯
      3046,
      // Tamil ௦௧௨௩௪௫௬௭௮௯
      3174,
      // Telugu ౦౧౨౩౪౫౬౭౮౯
      3302,
      // Kannada ೦೧೨೩೪೫೬೭೮೯
      3430,
      // Malayalam ൦൧൨൩൪൫൬൭൮൯
      3558,
      // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
      // Southeast Asian scripts
      3664,
      // Thai ๐๑๒๓๔๕๖๗๘๙
      3792,
      // Lao ໐໑໒໓໔໕໖໗໘໙
      3872,
      // Tibetan ༠༡༢༣༤༥༦༧༨༩
      4160,
      // Myanmar ၀၁၂၃၄၅၆၇၈၉
      4240,
      // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
      6112,
      // Khmer ០១២៣៤៥៦៧៨៩
      6160,
      // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
      6470,
      // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
      6608,
      // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
      6784,
      // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
      6800,
      // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
      6992,
      // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
      7088,
      // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
      7232,
      // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
      7248,
      // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
      // Fullwidth (CJK context)
      65296,
      // Fullwidth ０１２３４５６７８９
      // Mathematical digit variants (Unicode math block)
      120782,
      // Mathematical Bold
      120792,
      // Mathematical Double-Struck
      120802,
      // Mathematical Sans-Serif
      120812,
      // Mathematical Sans-Serif Bold
      120822,
      // Mathematical Monospace
      // Other scripts
      66720,
      // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
      68912,
      // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
      69734,
      // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
      69872,
      // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
      69942,
      // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
      70096,
      // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
      70384,
      // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
      70736,
      // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
      70864,
      // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
      71248,
      // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
      71360,
      // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
      71472,
      // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
      71904,
      // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
      72016,
      // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
      72688,
      // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
      72784,
      // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
      73040,
      // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
      73120,
      // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
      73552,
      // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
      92768,
      // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
      92864,
      // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
      93008,
      // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
      123200,
      // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
      123632,
      // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
      124144,
      // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
      125264,
      // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
      130032
      // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
    ];
    NOT_DIGIT = 255;
    HIGH_MAP = /* @__PURE__ */ new Map();
    LOW_MAX = 65535;
    LOW_MIN = 1632;
    TABLE_OFFSET = LOW_MIN;
    TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
    TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
    for (const zero of SCRIPT_ZEROS) {
      for (let d = 0; d < 10; d++) {
        const cp = zero + d;
        if (cp <= LOW_MAX) {
          TABLE[cp - TABLE_OFFSET] = d;
        } else {
          HIGH_MAP.set(cp, d);
        }
      }
    }
  }
});

// node_modules/anynum/anynum.js
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var CHAR_0, CHAR_9, CHAR_MINUS, MINUS_SET, anynum_default;
var init_anynum = __esm({
  "node_modules/anynum/anynum.js"() {
    "use strict";
    init_define_PACKAGE();
    init_digitTable();
    CHAR_0 = 48;
    CHAR_9 = 57;
    CHAR_MINUS = 45;
    MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
    anynum_default = anynum;
  }
});

// node_modules/strnum/strnum.js
function toNumber(str, options2 = {}) {
  options2 = Object.assign({}, consider, options2);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options2.skipLike !== void 0 && options2.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options2.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options2.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options2.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options2.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options2);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options2);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options2.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options2.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
function resolveEnotation(str, trimmedStr, options2) {
  if (!options2.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options2.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options2) {
  const isPositive = num === Infinity;
  switch (options2.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}
var hexRegex, binRegex, octRegex, numRegex, consider, eNotationRegx;
var init_strnum = __esm({
  "node_modules/strnum/strnum.js"() {
    init_define_PACKAGE();
    init_anynum();
    hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
    binRegex = /^0b[01]+$/;
    octRegex = /^0o[0-7]+$/;
    numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
    consider = {
      hex: true,
      binary: false,
      octal: false,
      leadingZeros: true,
      decimalPoint: ".",
      eNotation: true,
      //skipLike: /regex/,
      infinity: "original",
      // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
      unicode: false
    };
    eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
  }
});

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}
var init_ignoreAttributes = __esm({
  "node_modules/fast-xml-parser/src/ignoreAttributes.js"() {
    init_define_PACKAGE();
  }
});

// node_modules/path-expression-matcher/src/Expression.js
var Expression;
var init_Expression = __esm({
  "node_modules/path-expression-matcher/src/Expression.js"() {
    init_define_PACKAGE();
    Expression = class {
      /**
       * Create a new Expression
       * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
       * @param {Object} options - Configuration options
       * @param {string} options.separator - Path separator (default: '.')
       */
      constructor(pattern, options2 = {}, data) {
        this.pattern = pattern;
        this.separator = options2.separator || ".";
        this.segments = this._parse(pattern);
        this.data = data;
        this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
        this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
        this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
      }
      /**
       * Parse pattern string into segments
       * @private
       * @param {string} pattern - Pattern to parse
       * @returns {Array} Array of segment objects
       */
      _parse(pattern) {
        const segments = [];
        let i = 0;
        let currentPart = "";
        while (i < pattern.length) {
          if (pattern[i] === this.separator) {
            if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
              if (currentPart.trim()) {
                segments.push(this._parseSegment(currentPart.trim()));
                currentPart = "";
              }
              segments.push({ type: "deep-wildcard" });
              i += 2;
            } else {
              if (currentPart.trim()) {
                segments.push(this._parseSegment(currentPart.trim()));
              }
              currentPart = "";
              i++;
            }
          } else {
            currentPart += pattern[i];
            i++;
          }
        }
        if (currentPart.trim()) {
          segments.push(this._parseSegment(currentPart.trim()));
        }
        return segments;
      }
      /**
       * Parse a single segment
       * @private
       * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
       * @returns {Object} Segment object
       */
      _parseSegment(part) {
        const segment = { type: "tag" };
        let bracketContent = null;
        let withoutBrackets = part;
        const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
        if (bracketMatch) {
          withoutBrackets = bracketMatch[1] + bracketMatch[3];
          if (bracketMatch[2]) {
            const content = bracketMatch[2].slice(1, -1);
            if (content) {
              bracketContent = content;
            }
          }
        }
        let namespace = void 0;
        let tagAndPosition = withoutBrackets;
        if (withoutBrackets.includes("::")) {
          const nsIndex = withoutBrackets.indexOf("::");
          namespace = withoutBrackets.substring(0, nsIndex).trim();
          tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
          if (!namespace) {
            throw new Error(`Invalid namespace in pattern: ${part}`);
          }
        }
        let tag2 = void 0;
        let positionMatch = null;
        if (tagAndPosition.includes(":")) {
          const colonIndex = tagAndPosition.lastIndexOf(":");
          const tagPart = tagAndPosition.substring(0, colonIndex).trim();
          const posPart = tagAndPosition.substring(colonIndex + 1).trim();
          const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
          if (isPositionKeyword) {
            tag2 = tagPart;
            positionMatch = posPart;
          } else {
            tag2 = tagAndPosition;
          }
        } else {
          tag2 = tagAndPosition;
        }
        if (!tag2) {
          throw new Error(`Invalid segment pattern: ${part}`);
        }
        segment.tag = tag2;
        if (namespace) {
          segment.namespace = namespace;
        }
        if (bracketContent) {
          if (bracketContent.includes("=")) {
            const eqIndex = bracketContent.indexOf("=");
            segment.attrName = bracketContent.substring(0, eqIndex).trim();
            segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
          } else {
            segment.attrName = bracketContent.trim();
          }
        }
        if (positionMatch) {
          const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
          if (nthMatch) {
            segment.position = "nth";
            segment.positionValue = parseInt(nthMatch[1], 10);
          } else {
            segment.position = positionMatch;
          }
        }
        return segment;
      }
      /**
       * Get the number of segments
       * @returns {number}
       */
      get length() {
        return this.segments.length;
      }
      /**
       * Check if expression contains deep wildcard
       * @returns {boolean}
       */
      hasDeepWildcard() {
        return this._hasDeepWildcard;
      }
      /**
       * Check if expression has attribute conditions
       * @returns {boolean}
       */
      hasAttributeCondition() {
        return this._hasAttributeCondition;
      }
      /**
       * Check if expression has position selectors
       * @returns {boolean}
       */
      hasPositionSelector() {
        return this._hasPositionSelector;
      }
      /**
       * Get string representation
       * @returns {string}
       */
      toString() {
        return this.pattern;
      }
    };
  }
});

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet;
var init_ExpressionSet = __esm({
  "node_modules/path-expression-matcher/src/ExpressionSet.js"() {
    init_define_PACKAGE();
    ExpressionSet = class {
      constructor() {
        this._byDepthAndTag = /* @__PURE__ */ new Map();
        this._wildcardByDepth = /* @__PURE__ */ new Map();
        this._deepWildcards = [];
        this._deepByTerminalTag = /* @__PURE__ */ new Map();
        this._patterns = /* @__PURE__ */ new Set();
        this._sealed = false;
      }
      /**
       * Add an Expression to the set.
       * Duplicate patterns (same pattern string) are silently ignored.
       *
       * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
       * @returns {this} for chaining
       * @throws {TypeError} if called after seal()
       *
       * @example
       * set.add(new Expression('root.users.user'));
       * set.add(new Expression('..script'));
       */
      add(expression) {
        if (this._sealed) {
          throw new TypeError(
            "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
          );
        }
        if (this._patterns.has(expression.pattern)) return this;
        this._patterns.add(expression.pattern);
        if (expression.hasDeepWildcard()) {
          const lastSeg2 = expression.segments[expression.segments.length - 1];
          if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
            const tag3 = lastSeg2.tag;
            if (!this._deepByTerminalTag.has(tag3)) this._deepByTerminalTag.set(tag3, []);
            this._deepByTerminalTag.get(tag3).push(expression);
          } else {
            this._deepWildcards.push(expression);
          }
          return this;
        }
        const depth = expression.length;
        const lastSeg = expression.segments[expression.segments.length - 1];
        const tag2 = lastSeg?.tag;
        if (!tag2 || tag2 === "*") {
          if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
          this._wildcardByDepth.get(depth).push(expression);
        } else {
          const key = `${depth}:${tag2}`;
          if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
          this._byDepthAndTag.get(key).push(expression);
        }
        return this;
      }
      /**
       * Add multiple expressions at once.
       *
       * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
       * @returns {this} for chaining
       *
       * @example
       * set.addAll([
       *   new Expression('root.users.user'),
       *   new Expression('root.config.setting'),
       * ]);
       */
      addAll(expressions) {
        for (const expr of expressions) this.add(expr);
        return this;
      }
      /**
       * Check whether a pattern string is already present in the set.
       *
       * @param {import('./Expression.js').default} expression
       * @returns {boolean}
       */
      has(expression) {
        return this._patterns.has(expression.pattern);
      }
      /**
       * Number of expressions in the set.
       * @type {number}
       */
      get size() {
        return this._patterns.size;
      }
      /**
       * Seal the set against further modifications.
       * Useful to prevent accidental mutations after config is built.
       * Calling add() or addAll() on a sealed set throws a TypeError.
       *
       * @returns {this}
       */
      seal() {
        this._sealed = true;
        return this;
      }
      /**
       * Whether the set has been sealed.
       * @type {boolean}
       */
      get isSealed() {
        return this._sealed;
      }
      /**
       * Test whether the matcher's current path matches any expression in the set.
       *
       * Evaluation order (cheapest → most expensive):
       *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
       *  2. Depth-only wildcard bucket — O(1) lookup, rare
       *  3. Deep-wildcard list         — always checked, but usually small
       *
       * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
       * @returns {boolean} true if any expression matches the current path
       *
       * @example
       * if (stopNodes.matchesAny(matcher)) {
       *   // handle stop node
       * }
       */
      matchesAny(matcher) {
        return this.findMatch(matcher) !== null;
      }
      /**
      * Find and return the first Expression that matches the matcher's current path.
      *
      * Uses the same evaluation order as matchesAny (cheapest → most expensive):
      *  1. Exact depth + tag bucket
      *  2. Depth-only wildcard bucket
      *  3. Deep-wildcard list
      *
      * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
      * @returns {import('./Expression.js').default | null} the first matching Expression, or null
      *
      * @example
      * const expr = stopNodes.findMatch(matcher);
      * if (expr) {
      *   // access expr.config, expr.pattern, etc.
      * }
      */
      findMatch(matcher) {
        const depth = matcher.getDepth();
        const tag2 = matcher.getCurrentTag();
        const exactKey = `${depth}:${tag2}`;
        const exactBucket = this._byDepthAndTag.get(exactKey);
        if (exactBucket) {
          for (let i = 0; i < exactBucket.length; i++) {
            if (matcher.matches(exactBucket[i])) return exactBucket[i];
          }
        }
        const wildcardBucket = this._wildcardByDepth.get(depth);
        if (wildcardBucket) {
          for (let i = 0; i < wildcardBucket.length; i++) {
            if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
          }
        }
        const deepBucket = this._deepByTerminalTag.get(tag2);
        if (deepBucket) {
          for (let i = 0; i < deepBucket.length; i++) {
            if (matcher.matches(deepBucket[i])) return deepBucket[i];
          }
        }
        for (let i = 0; i < this._deepWildcards.length; i++) {
          if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
        }
        return null;
      }
    };
  }
});

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView, Matcher;
var init_Matcher = __esm({
  "node_modules/path-expression-matcher/src/Matcher.js"() {
    init_define_PACKAGE();
    MatcherView = class {
      /**
       * @param {Matcher} matcher - The parent Matcher instance to read from.
       */
      constructor(matcher) {
        this._matcher = matcher;
      }
      /**
       * Get the path separator used by the parent matcher.
       * @returns {string}
       */
      get separator() {
        return this._matcher.separator;
      }
      /**
       * Get current tag name.
       * @returns {string|undefined}
       */
      getCurrentTag() {
        const path = this._matcher.path;
        return path.length > 0 ? path[path.length - 1].tag : void 0;
      }
      /**
       * Get current namespace.
       * @returns {string|undefined}
       */
      getCurrentNamespace() {
        const path = this._matcher.path;
        return path.length > 0 ? path[path.length - 1].namespace : void 0;
      }
      /**
       * Get current node's attribute value.
       * @param {string} attrName
       * @returns {*}
       */
      getAttrValue(attrName) {
        const path = this._matcher.path;
        if (path.length === 0) return void 0;
        return path[path.length - 1].values?.[attrName];
      }
      /**
       * Check if current node has an attribute.
       * @param {string} attrName
       * @returns {boolean}
       */
      hasAttr(attrName) {
        const path = this._matcher.path;
        if (path.length === 0) return false;
        const current = path[path.length - 1];
        return current.values !== void 0 && attrName in current.values;
      }
      /**
       * Get the value of a "kept" attribute from the nearest ancestor (or
       * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
       * @param {string} attrName
       * @returns {*}
       */
      getAnyParentAttr(attrName) {
        return this._matcher.getAnyParentAttr(attrName);
      }
      /**
       * Check whether any ancestor (or the current node) kept the given
       * attribute via `push(tag, attrs, ns, { keep: [...] })`.
       * @param {string} attrName
       * @returns {boolean}
       */
      hasAnyParentAttr(attrName) {
        return this._matcher.hasAnyParentAttr(attrName);
      }
      /**
       * Get current node's sibling position (child index in parent).
       * @returns {number}
       */
      getPosition() {
        const path = this._matcher.path;
        if (path.length === 0) return -1;
        return path[path.length - 1].position ?? 0;
      }
      /**
       * Get current node's repeat counter (occurrence count of this tag name).
       * @returns {number}
       */
      getCounter() {
        const path = this._matcher.path;
        if (path.length === 0) return -1;
        return path[path.length - 1].counter ?? 0;
      }
      /**
       * Get current node's sibling index (alias for getPosition).
       * @returns {number}
       * @deprecated Use getPosition() or getCounter() instead
       */
      getIndex() {
        return this.getPosition();
      }
      /**
       * Get current path depth.
       * @returns {number}
       */
      getDepth() {
        return this._matcher.path.length;
      }
      /**
       * Get path as string.
       * @param {string} [separator] - Optional separator (uses default if not provided)
       * @param {boolean} [includeNamespace=true]
       * @returns {string}
       */
      toString(separator, includeNamespace = true) {
        return this._matcher.toString(separator, includeNamespace);
      }
      /**
       * Get path as array of tag names.
       * @returns {string[]}
       */
      toArray() {
        return this._matcher.path.map((n) => n.tag);
      }
      /**
       * Match current path against an Expression.
       * @param {Expression} expression
       * @returns {boolean}
       */
      matches(expression) {
        return this._matcher.matches(expression);
      }
      /**
       * Match any expression in the given set against the current path.
       * @param {ExpressionSet} exprSet
       * @returns {boolean}
       */
      matchesAny(exprSet) {
        return exprSet.matchesAny(this._matcher);
      }
    };
    Matcher = class {
      /**
       * Create a new Matcher.
       * @param {Object} [options={}]
       * @param {string} [options.separator='.'] - Default path separator
       */
      constructor(options2 = {}) {
        this.separator = options2.separator || ".";
        this.path = [];
        this.siblingStacks = [];
        this._pathStringCache = null;
        this._view = new MatcherView(this);
        this._keptAttrs = [];
      }
      /**
       * Push a new tag onto the path.
       * @param {string} tagName
       * @param {Object|null} [attrValues=null]
       * @param {string|null} [namespace=null]
       * @param {Object|null} [options=null]
       * @param {string[]} [options.keep] - Names of attributes (from attrValues)
       */
      push(tagName, attrValues = null, namespace = null, options2 = null) {
        this._pathStringCache = null;
        if (this.path.length > 0) {
          this.path[this.path.length - 1].values = void 0;
        }
        const currentLevel = this.path.length;
        let level2 = this.siblingStacks[currentLevel];
        if (!level2) {
          level2 = { counts: /* @__PURE__ */ new Map(), total: 0 };
          this.siblingStacks[currentLevel] = level2;
        }
        const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
        const counter = level2.counts.get(siblingKey) || 0;
        const position = level2.total;
        level2.counts.set(siblingKey, counter + 1);
        level2.total++;
        const node = {
          tag: tagName,
          position,
          counter
        };
        if (namespace !== null && namespace !== void 0) {
          node.namespace = namespace;
        }
        if (attrValues !== null && attrValues !== void 0) {
          node.values = attrValues;
        }
        this.path.push(node);
        const depth = this.path.length;
        const keep = options2 !== null ? options2.keep : null;
        if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
          for (let i = 0; i < keep.length; i++) {
            const name = keep[i];
            if (attrValues[name] !== void 0) {
              this._keptAttrs.push({ depth, name, value: attrValues[name] });
            }
          }
        }
      }
      /**
       * Pop the last tag from the path.
       * @returns {Object|undefined} The popped node
       */
      pop() {
        if (this.path.length === 0) return void 0;
        this._pathStringCache = null;
        const node = this.path.pop();
        if (this.siblingStacks.length > this.path.length + 1) {
          this.siblingStacks.length = this.path.length + 1;
        }
        const poppedDepth = this.path.length + 1;
        while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
          this._keptAttrs.pop();
        }
        return node;
      }
      /**
       * Update current node's attribute values.
       * Useful when attributes are parsed after push.
       * @param {Object} attrValues
       */
      updateCurrent(attrValues) {
        if (this.path.length > 0) {
          const current = this.path[this.path.length - 1];
          if (attrValues !== null && attrValues !== void 0) {
            current.values = attrValues;
          }
        }
      }
      /**
       * Get current tag name.
       * @returns {string|undefined}
       */
      getCurrentTag() {
        return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
      }
      /**
       * Get current namespace.
       * @returns {string|undefined}
       */
      getCurrentNamespace() {
        return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
      }
      /**
       * Get current node's attribute value.
       * @param {string} attrName
       * @returns {*}
       */
      getAttrValue(attrName) {
        if (this.path.length === 0) return void 0;
        return this.path[this.path.length - 1].values?.[attrName];
      }
      /**
       * Check if current node has an attribute.
       * @param {string} attrName
       * @returns {boolean}
       */
      hasAttr(attrName) {
        if (this.path.length === 0) return false;
        const current = this.path[this.path.length - 1];
        return current.values !== void 0 && attrName in current.values;
      }
      /**
       * Get the value of a "kept" attribute from the nearest ancestor (or
       * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
       * Unlike getAttrValue(), this works regardless of how deep the path has
       * gone since the attribute was pushed — but only for attribute names that
       * were explicitly marked with `keep` at push time. Cost is proportional to
       * the number of currently-kept attributes (typically 0-3), not path depth.
       * @param {string} attrName
       * @returns {*} the value, or undefined if no ancestor kept this attribute
       */
      getAnyParentAttr(attrName) {
        const kept = this._keptAttrs;
        for (let i = kept.length - 1; i >= 0; i--) {
          if (kept[i].name === attrName) return kept[i].value;
        }
        return void 0;
      }
      /**
       * Check whether any ancestor (or the current node) kept the given
       * attribute via `push(tag, attrs, ns, { keep: [...] })`.
       * @param {string} attrName
       * @returns {boolean}
       */
      hasAnyParentAttr(attrName) {
        const kept = this._keptAttrs;
        for (let i = kept.length - 1; i >= 0; i--) {
          if (kept[i].name === attrName) return true;
        }
        return false;
      }
      /**
       * Get current node's sibling position (child index in parent).
       * @returns {number}
       */
      getPosition() {
        if (this.path.length === 0) return -1;
        return this.path[this.path.length - 1].position ?? 0;
      }
      /**
       * Get current node's repeat counter (occurrence count of this tag name).
       * @returns {number}
       */
      getCounter() {
        if (this.path.length === 0) return -1;
        return this.path[this.path.length - 1].counter ?? 0;
      }
      /**
       * Get current node's sibling index (alias for getPosition).
       * @returns {number}
       * @deprecated Use getPosition() or getCounter() instead
       */
      getIndex() {
        return this.getPosition();
      }
      /**
       * Get current path depth.
       * @returns {number}
       */
      getDepth() {
        return this.path.length;
      }
      /**
       * Get path as string.
       * @param {string} [separator] - Optional separator (uses default if not provided)
       * @param {boolean} [includeNamespace=true]
       * @returns {string}
       */
      toString(separator, includeNamespace = true) {
        const sep2 = separator || this.separator;
        const isDefault = sep2 === this.separator && includeNamespace === true;
        if (isDefault) {
          if (this._pathStringCache !== null) {
            return this._pathStringCache;
          }
          const result = this.path.map(
            (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
          ).join(sep2);
          this._pathStringCache = result;
          return result;
        }
        return this.path.map(
          (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
        ).join(sep2);
      }
      /**
       * Get path as array of tag names.
       * @returns {string[]}
       */
      toArray() {
        return this.path.map((n) => n.tag);
      }
      /**
       * Reset the path to empty.
       */
      reset() {
        this._pathStringCache = null;
        this.path = [];
        this.siblingStacks = [];
        this._keptAttrs = [];
      }
      /**
       * Match current path against an Expression.
       * @param {Expression} expression
       * @returns {boolean}
       */
      matches(expression) {
        const segments = expression.segments;
        if (segments.length === 0) {
          return false;
        }
        if (expression.hasDeepWildcard()) {
          return this._matchWithDeepWildcard(segments);
        }
        return this._matchSimple(segments);
      }
      /**
       * @private
       */
      _matchSimple(segments) {
        if (this.path.length !== segments.length) {
          return false;
        }
        for (let i = 0; i < segments.length; i++) {
          if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
            return false;
          }
        }
        return true;
      }
      /**
       * @private
       */
      _matchWithDeepWildcard(segments) {
        let pathIdx = this.path.length - 1;
        let segIdx = segments.length - 1;
        while (segIdx >= 0 && pathIdx >= 0) {
          const segment = segments[segIdx];
          if (segment.type === "deep-wildcard") {
            segIdx--;
            if (segIdx < 0) {
              return true;
            }
            const nextSeg = segments[segIdx];
            let found = false;
            for (let i = pathIdx; i >= 0; i--) {
              if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
                pathIdx = i - 1;
                segIdx--;
                found = true;
                break;
              }
            }
            if (!found) {
              return false;
            }
          } else {
            if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
              return false;
            }
            pathIdx--;
            segIdx--;
          }
        }
        return segIdx < 0;
      }
      /**
       * @private
       */
      _matchSegment(segment, node, isCurrentNode) {
        if (segment.tag !== "*" && segment.tag !== node.tag) {
          return false;
        }
        if (segment.namespace !== void 0) {
          if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
            return false;
          }
        }
        if (segment.attrName !== void 0) {
          if (!isCurrentNode) {
            return false;
          }
          if (!node.values || !(segment.attrName in node.values)) {
            return false;
          }
          if (segment.attrValue !== void 0) {
            if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
              return false;
            }
          }
        }
        if (segment.position !== void 0) {
          if (!isCurrentNode) {
            return false;
          }
          const counter = node.counter ?? 0;
          if (segment.position === "first" && counter !== 0) {
            return false;
          } else if (segment.position === "odd" && counter % 2 !== 1) {
            return false;
          } else if (segment.position === "even" && counter % 2 !== 0) {
            return false;
          } else if (segment.position === "nth" && counter !== segment.positionValue) {
            return false;
          }
        }
        return true;
      }
      /**
       * Match any expression in the given set against the current path.
       * @param {ExpressionSet} exprSet
       * @returns {boolean}
       */
      matchesAny(exprSet) {
        return exprSet.matchesAny(this);
      }
      /**
       * Create a snapshot of current state.
       * @returns {Object}
       */
      snapshot() {
        return {
          path: this.path.map((node) => ({ ...node })),
          siblingStacks: this.siblingStacks.map((level2) => level2 ? { counts: new Map(level2.counts), total: level2.total } : level2),
          keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
        };
      }
      /**
       * Restore state from snapshot.
       * @param {Object} snapshot
       */
      restore(snapshot2) {
        this._pathStringCache = null;
        this.path = snapshot2.path.map((node) => ({ ...node }));
        this.siblingStacks = snapshot2.siblingStacks.map((level2) => level2 ? { counts: new Map(level2.counts), total: level2.total } : level2);
        this._keptAttrs = (snapshot2.keptAttrs || []).map((entry) => ({ ...entry }));
      }
      /**
       * Return the read-only {@link MatcherView} for this matcher.
       *
       * The same instance is returned on every call — no allocation occurs.
       * It always reflects the current parser state and is safe to pass to
       * user callbacks without risk of accidental mutation.
       *
       * @returns {MatcherView}
       *
       * @example
       * const view = matcher.readOnly();
       * // pass view to callbacks — it stays in sync automatically
       * view.matches(expr);       // ✓
       * view.getCurrentTag();     // ✓
       * // view.push(...)         // ✗ method does not exist — caught by TypeScript
       */
      readOnly() {
        return this._view;
      }
    };
  }
});

// node_modules/path-expression-matcher/src/index.js
var init_src3 = __esm({
  "node_modules/path-expression-matcher/src/index.js"() {
    init_define_PACKAGE();
    init_Expression();
    init_Matcher();
    init_ExpressionSet();
  }
});

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS, html_default;
var init_html = __esm({
  "node_modules/is-unsafe/src/contexts/html.js"() {
    init_define_PACKAGE();
    HTML_PATTERNS = [
      {
        id: "html-script-open",
        description: "<script opening tag",
        pattern: /<script[\s>/]/i
      },
      {
        id: "html-script-close",
        description: "</script closing tag",
        pattern: /<\/script[\s>]/i
      },
      {
        id: "html-javascript-protocol",
        description: "javascript: URI scheme (with optional whitespace/encoding)",
        // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
        pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
      },
      {
        id: "html-vbscript-protocol",
        description: "vbscript: URI scheme",
        pattern: /vbscript[\t\n\r ]*:/i
      },
      {
        id: "html-data-html",
        description: "data:text/html URI \u2014 can execute scripts in browsers",
        pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
      },
      {
        id: "html-data-xhtml",
        description: "data:application/xhtml+xml URI",
        pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
      },
      {
        id: "html-data-svg",
        description: "data:image/svg+xml URI \u2014 can execute scripts",
        pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
      },
      {
        id: "html-inline-event-handler",
        description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
        // \bon ensures we match a word boundary so "phonetic=" is not caught
        pattern: /\bon\w{1,30}\s*=/i
      },
      {
        id: "html-entity-obfuscated-script",
        description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
        // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
        pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
      },
      {
        id: "html-entity-obfuscated-javascript",
        description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
        pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
      },
      {
        id: "html-style-expression",
        description: "CSS expression() \u2014 IE-era code execution in style attributes",
        pattern: /style[\s\S]{0,20}expression\s*\(/i
      },
      {
        id: "html-object-embed",
        description: "<object or <embed tags that can load active content",
        pattern: /<(?:object|embed)[\s>/]/i
      },
      {
        id: "html-base-tag",
        description: "<base href= \u2014 can hijack all relative URLs on a page",
        pattern: /<base[\s>]/i
      },
      {
        id: "html-meta-refresh",
        description: '<meta http-equiv="refresh" \u2014 can redirect users',
        pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
      },
      {
        id: "html-srcdoc",
        description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
        pattern: /srcdoc\s*=/i
      },
      {
        id: "html-iframe",
        description: "<iframe tag",
        pattern: /<iframe[\s>/]/i
      },
      {
        id: "html-form",
        description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
        pattern: /<form[\s>/]/i
      }
    ];
    html_default = HTML_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS, xml_default;
var init_xml = __esm({
  "node_modules/is-unsafe/src/contexts/xml.js"() {
    init_define_PACKAGE();
    XML_PATTERNS = [
      {
        id: "xml-cdata-injection",
        description: "CDATA section injection: <![CDATA[ breaks out of text node context",
        pattern: /<!\[CDATA\[/i
      },
      {
        id: "xml-cdata-close",
        description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
        pattern: /\]\]>/
      },
      {
        id: "xml-processing-instruction",
        description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
        pattern: /<\?(?:xml[\- ]|php|asp)/i
      },
      {
        id: "xml-doctype-injection",
        description: "DOCTYPE declaration embedded in content \u2014 can define entities",
        // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
        pattern: /<!DOCTYPE(?:[\s[]|$)/i
      },
      {
        id: "xml-entity-system",
        description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
        pattern: /\bSYSTEM\s+["']/i
      },
      {
        id: "xml-entity-public",
        description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
        pattern: /\bPUBLIC\s+["']/i
      },
      {
        id: "xml-entity-declaration",
        description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
        pattern: /<!ENTITY[\s%]/i
      },
      {
        id: "xml-billion-laughs",
        description: "Entity reference chaining / billion laughs: repeated &eX; style references",
        // Heuristic: 3+ consecutive entity refs suggests expansion attack
        pattern: /(?:&\w{1,20};){3,}/
      },
      {
        id: "xml-namespace-confusion",
        description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
        // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
        pattern: /\bxmlns(?::\w{1,40})?\s*=/i
      },
      {
        id: "xml-comment-injection",
        description: "<!-- comment injection \u2014 can hide content from some parsers",
        pattern: /<!--/
      },
      {
        id: "xml-comment-close",
        description: "--> closes an enclosing XML comment",
        pattern: /-->/
      },
      {
        id: "xml-pi-close",
        description: "?> closes an enclosing processing instruction",
        pattern: /\?>/
      }
    ];
    xml_default = XML_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS, svg_default;
var init_svg = __esm({
  "node_modules/is-unsafe/src/contexts/svg.js"() {
    init_define_PACKAGE();
    SVG_PATTERNS = [
      {
        id: "svg-script-element",
        description: "<script element inside SVG executes JavaScript",
        pattern: /<script[\s>/]/i
      },
      {
        id: "svg-xlink-href-javascript",
        description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
        pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
      },
      {
        id: "svg-href-javascript",
        description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
        pattern: /href\s*=\s*["']?\s*javascript\s*:/i
      },
      {
        id: "svg-foreignobject",
        description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
        pattern: /<foreignObject[\s>/]/i
      },
      {
        id: "svg-use-external",
        description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
        // Match <use with href= where the value starts with a non-# character (external URL)
        // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
        pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
      },
      {
        id: "svg-animate-href",
        description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
        pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
      },
      {
        id: "svg-animate-xlinkhref",
        description: '<animate attributeName="xlink:href"',
        pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
      },
      {
        id: "svg-set-javascript",
        description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
        pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
      },
      {
        id: "svg-event-handler",
        description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
        pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
      },
      {
        id: "svg-handler-generic",
        description: "Generic on* handler catch-all for SVG attributes",
        pattern: /\bon\w{1,30}\s*=/i
      },
      {
        id: "svg-filter-feimage",
        description: "<feImage href= \u2014 filter primitive that can load external resources",
        pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
      },
      {
        id: "svg-image-external",
        description: "<image xlink:href with http/https or javascript protocol",
        pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
      },
      {
        id: "svg-style-javascript",
        description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
        pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
      }
    ];
    svg_default = SVG_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS, sql_default;
var init_sql = __esm({
  "node_modules/is-unsafe/src/contexts/sql.js"() {
    init_define_PACKAGE();
    SQL_PATTERNS = [
      {
        id: "sql-block-comment-open",
        description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
        pattern: /\/\*/
      },
      {
        id: "sql-union-select",
        description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
        pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
      },
      {
        id: "sql-drop-table",
        description: "DROP TABLE \u2014 destructive DDL injection",
        pattern: /\bDROP\s{1,20}TABLE\b/i
      },
      {
        id: "sql-drop-database",
        description: "DROP DATABASE \u2014 destructive DDL injection",
        pattern: /\bDROP\s{1,20}DATABASE\b/i
      },
      {
        id: "sql-insert-into",
        description: "INSERT INTO \u2014 data injection",
        pattern: /\bINSERT\s{1,20}INTO\b/i
      },
      {
        id: "sql-delete-from",
        description: "DELETE FROM \u2014 data deletion injection",
        pattern: /\bDELETE\s{1,20}FROM\b/i
      },
      {
        id: "sql-update-set",
        description: "UPDATE ... SET \u2014 data modification injection",
        // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
        pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
      },
      {
        id: "sql-exec-xp",
        description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
        pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
      },
      {
        id: "sql-tautology-string",
        description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
        // Last quote is optional — injection may truncate it: ' OR '1'='1--
        pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
      },
      {
        id: "sql-tautology-numeric",
        description: "Numeric tautology: OR 1=1",
        pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
      },
      {
        id: "sql-always-true-zero",
        description: "Numeric tautology: OR 0=0",
        pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
      },
      {
        id: "sql-sleep-benchmark",
        description: "Time-based blind injection: SLEEP() or BENCHMARK()",
        pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
      },
      {
        id: "sql-waitfor-delay",
        description: "MSSQL time-based blind injection: WAITFOR DELAY",
        pattern: /\bWAITFOR\s{1,20}DELAY\b/i
      },
      {
        id: "sql-char-function",
        description: "CHAR() function \u2014 used to obfuscate injected strings",
        pattern: /\bCHAR\s*\(\s*\d{1,3}/i
      },
      {
        id: "sql-information-schema",
        description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
        pattern: /\bINFORMATION_SCHEMA\b/i
      }
    ];
    sql_default = SQL_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS, shell_default;
var init_shell = __esm({
  "node_modules/is-unsafe/src/contexts/shell.js"() {
    init_define_PACKAGE();
    SHELL_PATTERNS = [
      {
        id: "shell-path-traversal-unix",
        description: "Unix path traversal: ../  \u2014 climbing the directory tree",
        pattern: /\.\.\//
      },
      {
        id: "shell-path-traversal-windows",
        description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
        pattern: /\.\.\\/
      },
      {
        id: "shell-path-traversal-encoded",
        description: "URL-encoded path traversal: %2e%2e or %2f variants",
        pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
      },
      {
        id: "shell-null-byte",
        description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
        pattern: /\x00|%00/
      },
      {
        id: "shell-semicolon",
        description: "Semicolon command separator: cmd1; cmd2",
        pattern: /;/
      },
      {
        id: "shell-pipe",
        description: "Pipe operator: cmd1 | cmd2",
        pattern: /\|/
      },
      {
        id: "shell-and-operator",
        description: "AND operator: cmd1 && cmd2",
        pattern: /&&/
      },
      {
        id: "shell-or-operator",
        description: "OR operator: cmd1 || cmd2",
        pattern: /\|\|/
      },
      {
        id: "shell-backtick",
        description: "Backtick command substitution: `cmd`",
        pattern: /`/
      },
      {
        id: "shell-dollar-paren",
        description: "Dollar-paren command substitution: $(cmd)",
        pattern: /\$\(/
      },
      {
        id: "shell-dollar-brace",
        description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
        pattern: /\$\{/
      },
      {
        id: "shell-redirect-out",
        description: "Output redirection: cmd > file or cmd >> file",
        pattern: />{1,2}/
      },
      {
        id: "shell-redirect-in",
        description: "Input redirection: cmd < file",
        pattern: /</
      },
      {
        id: "shell-newline-injection",
        description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
        pattern: /[\n\r]/
      },
      {
        id: "shell-glob-star",
        description: "Glob expansion: * or ? \u2014 can expand to unintended files",
        // Only flag when combined with path separators to reduce false positives
        pattern: /[/\\][*?]/
      },
      {
        id: "shell-absolute-root",
        description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
        pattern: /^(?:\/|\\\\)/
      },
      {
        id: "shell-windows-drive",
        description: "Windows drive letter path injection: C:\\ or D:/",
        pattern: /^[a-zA-Z]:[/\\]/
      },
      {
        id: "shell-curl-wget",
        description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
        // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
        // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
        pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
      }
    ];
    shell_default = SHELL_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS, redos_default;
var init_redos = __esm({
  "node_modules/is-unsafe/src/contexts/redos.js"() {
    init_define_PACKAGE();
    REDOS_PATTERNS = [
      {
        id: "redos-nested-quantifier-plus",
        description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
        // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
        pattern: /\([^)]*\+[^)]*\)[+*]/
      },
      {
        id: "redos-nested-quantifier-star",
        description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
        pattern: /\([^)]*\*[^)]*\)[*+]/
      },
      {
        id: "redos-nested-groups",
        description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
        pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
      },
      {
        id: "redos-alternation-overlap",
        description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
        // Detect repeated identical alternatives under a quantifier
        pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
      },
      {
        id: "redos-star-plus-concat",
        description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
        pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
      },
      {
        id: "redos-dot-star-greedy",
        description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
        pattern: /\(\.[*+]\)\{?\d/
      },
      {
        id: "redos-large-repetition",
        description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
        // Matches { followed by 4+ digits (≥1000), then optional ,digits }
        pattern: /\{\d{4,}(?:,\d*)?\}/
      },
      {
        id: "redos-catastrophic-alternation",
        description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
        // Heuristic: 10+ pipe-separated alternatives in a single group
        pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
      }
    ];
    redos_default = REDOS_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/nosql.js
var sep, NOSQL_PATTERNS, nosql_default;
var init_nosql = __esm({
  "node_modules/is-unsafe/src/contexts/nosql.js"() {
    init_define_PACKAGE();
    sep = `["'\\s]*:`;
    NOSQL_PATTERNS = [
      // ─── MongoDB $ operator injection ────────────────────────────────────────
      {
        id: "nosql-where-operator",
        description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
        pattern: new RegExp(`\\$where${sep}`, "i")
      },
      {
        id: "nosql-ne-operator",
        description: '$ne \u2014 "not equal" operator used to bypass equality checks',
        pattern: new RegExp(`\\$ne${sep}`, "i")
      },
      {
        id: "nosql-gt-operator",
        description: '$gt \u2014 "greater than" used to bypass password/value checks',
        pattern: new RegExp(`\\$gte?${sep}`, "i")
      },
      {
        id: "nosql-lt-operator",
        description: '$lt / $lte \u2014 "less than" bypass variants',
        pattern: new RegExp(`\\$lte?${sep}`, "i")
      },
      {
        id: "nosql-regex-operator",
        description: "$regex \u2014 can be used to extract data character by character (blind injection)",
        pattern: new RegExp(`\\$regex${sep}`, "i")
      },
      {
        id: "nosql-or-operator",
        description: "$or \u2014 logical OR; used to create always-true conditions",
        pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
      },
      {
        id: "nosql-and-operator",
        description: "$and \u2014 logical AND operator injection",
        pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
      },
      {
        id: "nosql-nor-operator",
        description: "$nor \u2014 logical NOR operator injection",
        pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
      },
      {
        id: "nosql-exists-operator",
        description: "$exists \u2014 can enumerate fields to determine schema",
        pattern: new RegExp(`\\$exists${sep}`, "i")
      },
      {
        id: "nosql-in-operator",
        description: "$in \u2014 matches any value in a list; can enumerate values",
        pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
      },
      {
        id: "nosql-expr-operator",
        description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
        pattern: new RegExp(`\\$expr${sep}`, "i")
      },
      {
        id: "nosql-function-operator",
        description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
        pattern: new RegExp(`\\$function${sep}`, "i")
      },
      {
        id: "nosql-accumulator-operator",
        description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
        pattern: new RegExp(`\\$accumulator${sep}`, "i")
      },
      // ─── Prototype pollution ─────────────────────────────────────────────────
      {
        id: "nosql-proto-pollution",
        description: "__proto__ \u2014 prototype pollution via object key injection",
        pattern: /__proto__/
      },
      {
        id: "nosql-constructor-prototype",
        description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
        // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
        // ("constructor": {"prototype": ...})
        pattern: /constructor[\s"':.,{\[]*prototype/i
      },
      {
        id: "nosql-proto-bracket",
        description: '["__proto__"] \u2014 bracket-notation prototype pollution',
        pattern: /\[["']__proto__["']\]/
      }
    ];
    nosql_default = NOSQL_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS, log_default;
var init_log = __esm({
  "node_modules/is-unsafe/src/contexts/log.js"() {
    init_define_PACKAGE();
    LOG_PATTERNS = [
      // ─── CRLF / newline injection ─────────────────────────────────────────────
      {
        id: "log-crlf-injection",
        description: "CRLF injection: literal \\r or \\n embeds fake log lines",
        pattern: /[\r\n]/
      },
      {
        id: "log-url-encoded-crlf",
        description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
        pattern: /%0[dDaA]/
      },
      {
        id: "log-unicode-newline",
        description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
        pattern: /[\u2028\u2029]/
      },
      // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
      {
        id: "log-log4shell-jndi",
        description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
        pattern: /\$\{jndi\s*:/i
      },
      {
        id: "log-log4shell-obfuscated",
        description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
        // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
        pattern: /\$\{::-/
      },
      {
        id: "log-log4j-lookup",
        description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
        pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
      },
      // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
      {
        id: "log-ssti-double-brace",
        description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
        pattern: /\{\{[\s\S]{0,80}\}\}/
      },
      {
        id: "log-ssti-hash-brace",
        description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
        pattern: /#\{[\s\S]{0,80}\}/
      },
      {
        id: "log-ssti-dollar-brace",
        description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
        // Require that the ${...} content looks like an expression, not a plain variable name.
        // Flags if the content contains: . ( * + operators, or known SSTI keywords.
        // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
        pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
      },
      {
        id: "log-ssti-percent-tag",
        description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
        pattern: /<%=[\s\S]{0,80}%>/
      },
      // ─── Null byte ────────────────────────────────────────────────────────────
      {
        id: "log-null-byte",
        description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
        pattern: /\x00|%00/
      },
      // ─── ANSI escape injection ────────────────────────────────────────────────
      {
        id: "log-ansi-escape",
        description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
        pattern: /\x1b\[/
      }
    ];
    log_default = LOG_PATTERNS;
  }
});

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA, SQL_STRICT_PATTERNS, sql_strict_default;
var init_sql_strict = __esm({
  "node_modules/is-unsafe/src/contexts/sql-strict.js"() {
    init_define_PACKAGE();
    init_sql();
    SQL_STRICT_EXTRA = [
      {
        id: "sql-line-comment",
        description: "SQL line comment: -- followed by whitespace or end of string",
        pattern: /--(?:\s|$)/
      },
      {
        id: "sql-stacked-query",
        description: "Stacked queries: semicolon immediately followed by a SQL keyword",
        pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
      },
      {
        id: "sql-hex-encoding",
        description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
        pattern: /\b0x[0-9a-f]{4,}/i
      }
    ];
    SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
    sql_strict_default = SQL_STRICT_PATTERNS;
  }
});

// node_modules/is-unsafe/src/util/decode-entities.js
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}
var NAMED, ENTITY_RE;
var init_decode_entities = __esm({
  "node_modules/is-unsafe/src/util/decode-entities.js"() {
    init_define_PACKAGE();
    NAMED = Object.freeze({
      colon: ":",
      Tab: "	",
      NewLine: "\n"
    });
    ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
  }
});

// node_modules/is-unsafe/src/index.js
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise2(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label2 = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label2, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise2(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}
var VALID_CONTEXTS;
var init_src4 = __esm({
  "node_modules/is-unsafe/src/index.js"() {
    init_define_PACKAGE();
    init_html();
    init_xml();
    init_sql_strict();
    init_decode_entities();
    init_html();
    init_xml();
    init_svg();
    init_sql();
    init_shell();
    init_redos();
    init_nosql();
    init_log();
    html_default.label = "HTML";
    xml_default.label = "XML";
    svg_default.label = "SVG";
    html_default.decodeEntities = true;
    xml_default.decodeEntities = true;
    svg_default.decodeEntities = true;
    sql_default.label = "SQL";
    sql_strict_default.label = "SQL-STRICT";
    shell_default.label = "SHELL";
    redos_default.label = "REDOS";
    nosql_default.label = "NOSQL";
    log_default.label = "LOG";
    VALID_CONTEXTS = Object.freeze({
      HTML: html_default,
      XML: xml_default,
      SVG: svg_default,
      SQL: sql_default,
      "SQL-STRICT": sql_strict_default,
      SHELL: shell_default,
      REDOS: redos_default,
      NOSQL: nosql_default,
      LOG: log_default
    });
  }
});

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options2) {
  if (!prefixedAttrs) return {};
  const attrs = options2.attributesGroupName ? prefixedAttrs[options2.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options2.attributeNamePrefix)) {
      const rawName = key.substring(options2.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options2 = this.options;
  if (val !== void 0) {
    if (options2.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options2.jPath ? jPath.toString() : jPath;
      const newval = options2.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options2.trimValues) {
        return parseValue2(val, options2.parseTagValue, options2.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue2(val, options2.parseTagValue, options2.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options2 = this.options;
  if (force === true || options2.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches2 = getAllMatches(attrStr, attrsRegx);
    const len = matches2.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches2[i][1]);
      const oldVal = attrValue(matches2[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options2.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options2.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches2[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options2.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options2.transformAttributeName) {
          aName = options2.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options2);
        if (attrValue(matches2[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options2.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue2(oldVal, options2.parseAttributeValue, options2.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options2.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options2.attributesGroupName && !options2.preserveOrder) {
      const attrCollection = {};
      attrCollection[options2.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep2 = exp.search(/\s/);
            const name = sep2 === -1 ? exp : exp.substring(0, sep2);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue2(val, shouldParse, options2) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options2);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options2) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options2);
  return { tagName, tagExp };
}
function sanitizeName(name, options2) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options2.onDangerousProperty(name);
  }
  return name;
}
var OrderedObjParser, attrsRegx, parseXml;
var init_OrderedObjParser = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js"() {
    "use strict";
    init_define_PACKAGE();
    init_util();
    init_xmlNode();
    init_DocTypeReader();
    init_strnum();
    init_ignoreAttributes();
    init_src3();
    init_src3();
    init_src();
    init_src4();
    OrderedObjParser = class {
      constructor(options2, externalEntities) {
        this.options = options2;
        this.currentNode = null;
        this.tagsNodeStack = [];
        this.parseXml = parseXml;
        this.parseTextData = parseTextData;
        this.resolveNameSpace = resolveNameSpace;
        this.buildAttributesMap = buildAttributesMap;
        this.isItStopNode = isItStopNode;
        this.replaceEntitiesValue = replaceEntitiesValue;
        this.readStopNodeData = readStopNodeData;
        this.saveTextToParentTag = saveTextToParentTag;
        this.addChild = addChild;
        this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
        this.entityExpansionCount = 0;
        this.currentExpandedLength = 0;
        this.doctypefound = false;
        let namedEntities = { ...XML };
        if (this.options.entityDecoder) {
          this.entityDecoder = this.options.entityDecoder;
        } else {
          if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
          else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
          this.entityDecoder = new EntityDecoder({
            namedEntities: { ...namedEntities, ...externalEntities },
            numericAllowed: this.options.htmlEntities,
            limit: {
              maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
              maxExpandedLength: this.options.processEntities.maxExpandedLength,
              applyLimitsTo: this.options.processEntities.appliesTo
            },
            // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
            onInputEntity: (name, value) => (
              //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
              isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
            )
            //postCheck: resolved => resolved
          });
        }
        this.matcher = new Matcher();
        this.readonlyMatcher = this.matcher.readOnly();
        this.isCurrentNodeStopNode = false;
        this.stopNodeExpressionsSet = new ExpressionSet();
        const stopNodesOpts = this.options.stopNodes;
        if (stopNodesOpts && stopNodesOpts.length > 0) {
          for (let i = 0; i < stopNodesOpts.length; i++) {
            const stopNodeExp = stopNodesOpts[i];
            if (typeof stopNodeExp === "string") {
              this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
            } else if (stopNodeExp instanceof Expression) {
              this.stopNodeExpressionsSet.add(stopNodeExp);
            }
          }
          this.stopNodeExpressionsSet.seal();
        }
      }
    };
    attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
    parseXml = function(xmlData) {
      const options2 = this.options;
      const crlfPositions = options2.captureMetaData ? [] : void 0;
      xmlData = xmlData.replace(/\r\n?/g, options2.captureMetaData ? (newline, index) => {
        if (newline.length === 2) {
          crlfPositions.push(index - crlfPositions.length);
        }
        return "\n";
      } : "\n");
      const xmlObj = new XmlNode("!xml");
      let currentNode = xmlObj;
      let textData = "";
      this.matcher.reset();
      this.entityDecoder.reset();
      this.entityExpansionCount = 0;
      this.currentExpandedLength = 0;
      this.doctypefound = false;
      const docTypeReader = new DocTypeReader(options2.processEntities);
      const xmlLen = xmlData.length;
      for (let i = 0; i < xmlLen; i++) {
        const ch = xmlData[i];
        if (ch === "<") {
          const c1 = xmlData.charCodeAt(i + 1);
          if (c1 === 47) {
            const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
            let tagName = xmlData.substring(i + 2, closeIndex).trim();
            if (options2.removeNSPrefix) {
              const colonIndex = tagName.indexOf(":");
              if (colonIndex !== -1) {
                tagName = tagName.substr(colonIndex + 1);
              }
            }
            tagName = transformTagName(options2.transformTagName, tagName, "", options2).tagName;
            if (currentNode) {
              textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
            }
            const lastTagName = this.matcher.getCurrentTag();
            if (tagName && options2.unpairedTagsSet.has(tagName)) {
              throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
            }
            if (lastTagName && options2.unpairedTagsSet.has(lastTagName)) {
              this.matcher.pop();
              this.tagsNodeStack.pop();
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            currentNode = this.tagsNodeStack.pop() || xmlObj;
            if (options2.captureMetaData && currentNode) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            textData = "";
            i = closeIndex;
          } else if (c1 === 63) {
            let tagData = readTagExp(xmlData, i, false, "?>");
            if (!tagData) throw new Error("Pi Tag is not closed.");
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
            const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
            if (attsMap) {
              const ver = attsMap[this.options.attributeNamePrefix + "version"];
              this.entityDecoder.setXmlVersion(Number(ver) || 1);
              docTypeReader.setXmlVersion(Number(ver) || 1);
            }
            if (options2.ignoreDeclaration && tagData.tagName === "?xml" || options2.ignorePiTags) {
            } else {
              const childNode = new XmlNode(tagData.tagName);
              childNode.add(options2.textNodeName, "");
              if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options2.ignoreAttributes !== true) {
                childNode[":@"] = attsMap;
              }
              const startIndex = options2.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
              this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
              if (options2.captureMetaData) {
                currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
              }
            }
            i = tagData.closeIndex + 1;
          } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
            const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
            if (options2.commentPropName) {
              const comment = xmlData.substring(i + 4, endIndex - 2);
              textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
              currentNode.add(options2.commentPropName, [{ [options2.textNodeName]: comment }]);
            }
            i = endIndex;
          } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
            if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
            this.doctypefound = true;
            const result = docTypeReader.readDocType(xmlData, i);
            this.entityDecoder.addInputEntities(result.entities);
            i = result.i;
          } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
            const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
            const tagExp = xmlData.substring(i + 9, closeIndex);
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
            let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
            if (val == void 0) val = "";
            if (options2.cdataPropName) {
              currentNode.add(options2.cdataPropName, [{ [options2.textNodeName]: tagExp }]);
            } else {
              currentNode.add(options2.textNodeName, val);
            }
            i = closeIndex + 2;
          } else {
            let result = readTagExp(xmlData, i, options2.removeNSPrefix);
            if (!result) {
              const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
              throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
            }
            let tagName = result.tagName;
            const rawTagName = result.rawTagName;
            let tagExp = result.tagExp;
            let attrExpPresent = result.attrExpPresent;
            let closeIndex = result.closeIndex;
            ({ tagName, tagExp } = transformTagName(options2.transformTagName, tagName, tagExp, options2));
            if (options2.strictReservedNames && (tagName === options2.commentPropName || tagName === options2.cdataPropName || tagName === options2.textNodeName || tagName === options2.attributesGroupName)) {
              throw new Error(`Invalid tag name: ${tagName}`);
            }
            if (currentNode && textData) {
              if (currentNode.tagname !== "!xml") {
                textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
              }
            }
            const lastTag = currentNode;
            if (lastTag && options2.unpairedTagsSet.has(lastTag.tagname)) {
              currentNode = this.tagsNodeStack.pop();
              this.matcher.pop();
            }
            let isSelfClosing = false;
            if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
              isSelfClosing = true;
              if (tagName[tagName.length - 1] === "/") {
                tagName = tagName.substr(0, tagName.length - 1);
                tagExp = tagName;
              } else {
                tagExp = tagExp.substr(0, tagExp.length - 1);
              }
              attrExpPresent = tagName !== tagExp;
            }
            let prefixedAttrs = null;
            let rawAttrs = {};
            let namespace = void 0;
            namespace = extractNamespace(rawTagName);
            if (tagName !== xmlObj.tagname) {
              this.matcher.push(tagName, {}, namespace);
            }
            if (tagName !== tagExp && attrExpPresent) {
              prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
              if (prefixedAttrs) {
                rawAttrs = extractRawAttributes(prefixedAttrs, options2);
              }
            }
            if (tagName !== xmlObj.tagname) {
              this.isCurrentNodeStopNode = this.isItStopNode();
            }
            const startIndex = options2.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
            if (this.isCurrentNodeStopNode) {
              let tagContent = "";
              if (isSelfClosing) {
                i = result.closeIndex;
              } else if (options2.unpairedTagsSet.has(tagName)) {
                i = result.closeIndex;
              } else {
                const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
                if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
                i = result2.i;
                tagContent = result2.tagContent;
              }
              const childNode = new XmlNode(tagName);
              if (prefixedAttrs) {
                childNode[":@"] = prefixedAttrs;
              }
              childNode.add(options2.textNodeName, tagContent);
              this.matcher.pop();
              this.isCurrentNodeStopNode = false;
              this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
              if (options2.captureMetaData) {
                currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
              }
            } else {
              if (isSelfClosing) {
                ({ tagName, tagExp } = transformTagName(options2.transformTagName, tagName, tagExp, options2));
                const childNode = new XmlNode(tagName);
                if (prefixedAttrs) {
                  childNode[":@"] = prefixedAttrs;
                }
                this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                if (options2.captureMetaData) {
                  currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
                }
                this.matcher.pop();
                this.isCurrentNodeStopNode = false;
              } else if (options2.unpairedTagsSet.has(tagName)) {
                const childNode = new XmlNode(tagName);
                if (prefixedAttrs) {
                  childNode[":@"] = prefixedAttrs;
                }
                this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                if (options2.captureMetaData) {
                  currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
                }
                this.matcher.pop();
                this.isCurrentNodeStopNode = false;
                i = result.closeIndex;
                continue;
              } else {
                const childNode = new XmlNode(tagName);
                if (this.tagsNodeStack.length > options2.maxNestedTags) {
                  throw new Error("Maximum nested tags exceeded");
                }
                this.tagsNodeStack.push(currentNode);
                if (prefixedAttrs) {
                  childNode[":@"] = prefixedAttrs;
                }
                this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
                currentNode = childNode;
              }
              textData = "";
              i = closeIndex;
            }
          }
        } else {
          textData += xmlData[i];
        }
      }
      return xmlObj.child;
    };
  }
});

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options2, matcher, readonlyMatcher) {
  return compress(node, options2, matcher, readonlyMatcher);
}
function compress(arr, options2, matcher, readonlyMatcher) {
  let text3;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options2.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options2.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options2.textNodeName) {
      if (text3 === void 0) text3 = tagObj[property];
      else text3 += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options2, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options2);
      if (Object.keys(val).length === 0 && options2.alwaysCreateTextNode) {
        val[options2.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options2);
      } else if (Object.keys(val).length === 1 && val[options2.textNodeName] !== void 0 && !options2.alwaysCreateTextNode) {
        val = val[options2.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options2.alwaysCreateTextNode) val[options2.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options2.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options2.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options2.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text3 === "string") {
    if (text3.length > 0) compressedObj[options2.textNodeName] = text3;
  } else if (text3 !== void 0) compressedObj[options2.textNodeName] = text3;
  return compressedObj;
}
function propName(obj) {
  const keys2 = Object.keys(obj);
  for (let i = 0; i < keys2.length; i++) {
    const key = keys2[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options2) {
  if (attrMap) {
    const keys2 = Object.keys(attrMap);
    const len = keys2.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys2[i];
      const rawAttrName = atrrName.startsWith(options2.attributeNamePrefix) ? atrrName.substring(options2.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options2.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options2.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options2) {
  const { textNodeName } = options2;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}
var METADATA_SYMBOL2;
var init_node2json = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/node2json.js"() {
    "use strict";
    init_define_PACKAGE();
    init_xmlNode();
    METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
  }
});

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser;
var init_XMLParser = __esm({
  "node_modules/fast-xml-parser/src/xmlparser/XMLParser.js"() {
    init_define_PACKAGE();
    init_OptionsBuilder();
    init_OrderedObjParser();
    init_node2json();
    init_validator();
    init_xmlNode();
    XMLParser = class {
      constructor(options2) {
        this.externalEntities = {};
        this.options = buildOptions(options2);
      }
      /**
       * Parse XML dats to JS object 
       * @param {string|Uint8Array} xmlData 
       * @param {boolean|Object} validationOption 
       */
      parse(xmlData, validationOption) {
        if (typeof xmlData !== "string" && xmlData.toString) {
          if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
            xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
          } else {
            xmlData = xmlData.toString();
          }
        } else if (typeof xmlData !== "string") {
          throw new Error("XML data is accepted in String or Bytes[] form.");
        }
        if (validationOption) {
          if (validationOption === true) validationOption = {};
          const result = validate(xmlData, validationOption);
          if (result !== true) {
            throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
          }
        }
        const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
        const orderedResult = orderedObjParser.parseXml(xmlData);
        if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
        else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
      }
      /**
       * Add Entity which is not by default supported by this library
       * @param {string} key 
       * @param {string} value 
       */
      addEntity(key, value) {
        if (value.indexOf("&") !== -1) {
          throw new Error("Entity value can't have '&'");
        } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
          throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
        } else if (value === "&") {
          throw new Error("An entity with value '&' is not permitted");
        } else {
          this.externalEntities[key] = value;
        }
      }
      /**
       * Returns a Symbol that can be used to access the metadata
       * property on a node.
       * 
       * If Symbol is not available in the environment, an ordinary property is used
       * and the name of the property is here returned.
       * 
       * The XMLMetaData property is only present when `captureMetaData`
       * is true in the options.
       */
      static getMetaDataSymbol() {
        return XmlNode.getMetaDataSymbol();
      }
    };
  }
});

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator;
var init_fxp = __esm({
  "node_modules/fast-xml-parser/src/fxp.js"() {
    "use strict";
    init_define_PACKAGE();
    init_validator();
    init_XMLParser();
    XMLValidator = {
      validate
    };
  }
});

// source/read/input-file.ts
var input_file_exports = {};
__export(input_file_exports, {
  InputFileError: () => InputFileError,
  inputCaps: () => inputCaps,
  readInputBytes: () => readInputBytes,
  readInputBytesSync: () => readInputBytesSync,
  readInputFile: () => readInputFile,
  readInputHeadSync: () => readInputHeadSync
});
function notAFile(kind, shownAs) {
  if (kind.isFile()) return void 0;
  if (kind.isDirectory()) return new InputFileError(`${shownAs} is a folder, not a file.`, "folder");
  const what = kind.isFIFO() ? "a named pipe (FIFO)" : kind.isSocket() ? "a socket" : kind.isCharacterDevice() || kind.isBlockDevice() ? "a device" : "not a regular file";
  return new InputFileError(`${shownAs} is ${what}, not a regular file: only regular files are read.`, "not-a-file");
}
function refusal(error, shownAs) {
  const code = error.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new InputFileError(`${shownAs} does not exist.`, "missing");
    case "EACCES":
    case "EPERM":
      return new InputFileError(`${shownAs} cannot be read: permission denied.`, "unreadable");
    case "ELOOP":
      return new InputFileError(`${shownAs} cannot be read: its symbolic links loop.`, "unreadable");
    case "ENXIO":
      return new InputFileError(`${shownAs} is a socket or a device, not a regular file: only regular files are read.`, "not-a-file");
    case "EAGAIN":
      return new InputFileError(`${shownAs} cannot be read without waiting for it: it is not a plain file.`, "not-a-file");
    case "EISDIR":
      return new InputFileError(`${shownAs} is a folder, not a file.`, "folder");
    default:
      return new InputFileError(`${shownAs} cannot be read (${code ?? error.message}).`, "unreadable");
  }
}
function readInputBytesSync(file, { shownAs, maxBytes: maxBytes2 }) {
  try {
    const before = notAFile((0, import_node_fs.statSync)(file), shownAs);
    if (before) throw before;
  } catch (error) {
    throw error instanceof InputFileError ? error : refusal(error, shownAs);
  }
  let descriptor;
  try {
    descriptor = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK | import_node_fs.constants.O_NOCTTY);
  } catch (error) {
    throw refusal(error, shownAs);
  }
  try {
    const opened = (0, import_node_fs.fstatSync)(descriptor);
    const kind = notAFile(opened, shownAs);
    if (kind) throw kind;
    if (opened.size > maxBytes2) throw tooLarge(shownAs, maxBytes2);
    let buffer = Buffer.alloc(Math.min(maxBytes2 + 1, Math.max(opened.size + 1, 16 * kib)));
    let length = 0;
    for (; ; ) {
      if (length === buffer.length) {
        if (length > maxBytes2) throw tooLarge(shownAs, maxBytes2);
        const grown = Buffer.alloc(Math.min(maxBytes2 + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const bytesRead = (0, import_node_fs.readSync)(descriptor, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof InputFileError ? error : refusal(error, shownAs);
  } finally {
    try {
      (0, import_node_fs.closeSync)(descriptor);
    } catch {
    }
  }
}
async function readInputBytes(file, options2) {
  return readInputBytesSync(file, options2);
}
async function readInputFile(file, options2) {
  const bytes = await readInputBytes(file, options2);
  if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}
function readInputHeadSync(file, { shownAs, maxBytes: maxBytes2 }) {
  let descriptor;
  try {
    descriptor = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK | import_node_fs.constants.O_NOCTTY);
  } catch (error) {
    throw refusal(error, shownAs);
  }
  try {
    const kind = notAFile((0, import_node_fs.fstatSync)(descriptor), shownAs);
    if (kind) throw kind;
    const buffer = Buffer.allocUnsafe(maxBytes2);
    const bytesRead = (0, import_node_fs.readSync)(descriptor, buffer, 0, maxBytes2, 0);
    return buffer.toString("utf8", 0, bytesRead);
  } catch (error) {
    throw error instanceof InputFileError ? error : refusal(error, shownAs);
  } finally {
    try {
      (0, import_node_fs.closeSync)(descriptor);
    } catch {
    }
  }
}
var import_node_fs, InputFileError, kib, mib, inputCaps, sizeText, tooLarge;
var init_input_file = __esm({
  "source/read/input-file.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs = require("node:fs");
    init_resolve();
    InputFileError = class extends InputError {
      constructor(message, reason) {
        super(message);
        this.reason = reason;
      }
      reason;
      name = "InputFileError";
    };
    kib = 1024;
    mib = 1024 * kib;
    inputCaps = { config: mib, msbuild: 8 * mib, solution: 8 * mib, globalJson: mib, catalogCache: 16 * mib };
    sizeText = (bytes) => bytes >= mib && bytes % mib === 0 ? `${bytes / mib} MiB` : bytes >= kib && bytes % kib === 0 ? `${bytes / kib} KiB` : `${bytes} bytes`;
    tooLarge = (shownAs, maxBytes2) => new InputFileError(`${shownAs} is larger than ${sizeText(maxBytes2)}, more than such a file ever needs: it is not read.`, "too-large");
  }
});

// source/project/xml-document.ts
function hasDoctype(content) {
  let at = 0;
  for (; ; ) {
    while (at < content.length && /\s/.test(content[at])) at++;
    const [open2, close] = content.startsWith("<?", at) ? ["<?", "?>"] : content.startsWith("<!--", at) ? ["<!--", "-->"] : [];
    if (!open2) return content.slice(at, at + 9).toUpperCase() === "<!DOCTYPE";
    const end = content.indexOf(close, at + open2.length);
    if (end < 0) return false;
    at = end + close.length;
  }
}
function parseXmlFile(content, shownAs, parser2) {
  const valid = XMLValidator.validate(content);
  if (valid !== true) throw new InputError(`${shownAs} is not valid XML (line ${valid.err.line}: ${valid.err.msg.replace(/\.$/, "")}).`);
  if (hasDoctype(content)) throw new InputError(`${shownAs} has a <!DOCTYPE> declaration: MSBuild prohibits DTDs (and the entities they declare), and so does this reader.`);
  try {
    return parser2.parse(content);
  } catch (error) {
    const message = error.message ?? String(error);
    if (error instanceof RangeError || /nested/i.test(message)) throw new InputError(`${shownAs} nests its XML elements deeper than an MSBuild file does: it is not read.`);
    if (/entit/i.test(message)) throw new InputError(`${shownAs} declares XML entities (${message.replace(/\.$/, "")}): MSBuild files do not, and they are not read.`);
    throw new InputError(`${shownAs} is not valid XML (${message.split("\n")[0].replace(/\.$/, "")}).`);
  }
}
var init_xml_document = __esm({
  "source/project/xml-document.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_fxp();
    init_resolve();
  }
});

// source/project/msbuild.ts
function text(value) {
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object" && "#text" in value) return String(value["#text"]).trim();
  return void 0;
}
function parseMsbuild(content, file, inherited2 = {}) {
  try {
    return readParsed(parseXmlFile(content, file, parser), file, inherited2);
  } catch (error) {
    if (error instanceof ConditionTooDeep) throw new InputError(`${file} has a Condition ${error.message}: it is not read.`);
    throw error;
  }
}
function readParsed(document, file, inherited2) {
  const project = document.Project;
  if (!project || typeof project !== "object") throw new InputError(`${file} is not an MSBuild project: it has no <Project> element.`);
  const properties = {};
  const conditions = {};
  const conditionOf = (element) => element && typeof element === "object" ? element["@Condition"] : void 0;
  const known = lowerCased({ ...publishGlobals, ...inherited2 });
  const applies = (condition) => condition === void 0 || conditionHolds(String(condition), known) === true;
  for (const group of project.PropertyGroup ?? []) {
    const groupCondition = conditionOf(group);
    if (!applies(groupCondition)) continue;
    for (const [name, value] of Object.entries(group)) {
      if (name.startsWith("@")) continue;
      for (const entry of Array.isArray(value) ? value : [value]) {
        const condition = conditionOf(entry) ?? groupCondition;
        if (!applies(conditionOf(entry))) continue;
        const content = text(entry);
        if (content === void 0) continue;
        properties[name] = content;
        known.set(name.toLowerCase(), content);
        if (condition === void 0) delete conditions[name];
        else conditions[name] = String(condition).replaceAll(/\s+/g, " ").trim();
      }
    }
  }
  const undecided = [];
  const undecidable = (condition) => condition !== void 0 && conditionHolds(String(condition), known) === void 0;
  const referenceItems = ["ProjectReference", "FrameworkReference", "PackageReference"];
  const allGroups = project.ItemGroup ?? [];
  for (const group of allGroups) {
    const groupUndecided = undecidable(conditionOf(group));
    if (!groupUndecided && !applies(conditionOf(group))) continue;
    for (const item of referenceItems) {
      for (const reference3 of group[item] ?? []) {
        const condition = groupUndecided ? conditionOf(group) : undecidable(conditionOf(reference3)) ? conditionOf(reference3) : void 0;
        if (condition !== void 0) undecided.push(`${item} ${String(reference3["@Include"] ?? "")} if ${String(condition).replaceAll(/\s+/g, " ").trim()}`);
      }
    }
  }
  const itemGroups = allGroups.filter((group) => applies(conditionOf(group)));
  const included = (item) => itemGroups.flatMap((group) => group[item] ?? []).filter((reference3) => applies(conditionOf(reference3))).map((reference3) => String(reference3["@Include"] ?? ""));
  const frameworkReferences = included("FrameworkReference");
  const packageReferences = included("PackageReference");
  const projectReferences = included("ProjectReference").map((reference3) => reference3.replaceAll("\\", "/"));
  const containerPorts = included("ContainerPort");
  const containerEnvironment = Object.fromEntries(itemGroups.flatMap((group) => group.ContainerEnvironmentVariable ?? []).filter((item) => applies(conditionOf(item))).map((item) => [String(item["@Include"] ?? ""), String(item["@Value"] ?? "")]));
  const imports = [
    ...(project.Import ?? []).map((element) => ({ element, groupCondition: void 0 })),
    ...(project.ImportGroup ?? []).flatMap((group) => (group.Import ?? []).map((element) => ({ element, groupCondition: conditionOf(group) })))
  ].flatMap(({ element, groupCondition }) => {
    const condition = [groupCondition, conditionOf(element)].filter((part) => part !== void 0).map((part) => `(${String(part)})`).join(" and ");
    return typeof element["@Project"] === "string" && element["@Sdk"] === void 0 ? [{ project: element["@Project"].replaceAll("\\", "/"), ...condition ? { condition } : {} }] : [];
  });
  const execCommands = (project.Target ?? []).flatMap((target) => (target.Exec ?? []).map((exec) => String(exec["@Command"] ?? "")));
  const sdkAttribute = typeof project["@Sdk"] === "string" ? project["@Sdk"] : void 0;
  const sdkElement = project.Sdk?.[0]?.["@Name"];
  const sdk2 = (sdkAttribute ?? (typeof sdkElement === "string" ? sdkElement : void 0))?.split("/")[0]?.trim();
  const sdks = [
    ...(sdkAttribute ?? "").split(";"),
    ...(project.Sdk ?? []).map((element) => String(element["@Name"] ?? ""))
  ].map((name) => name.split("/")[0].trim()).filter(Boolean);
  return { ...sdk2 ? { sdk: sdk2 } : {}, sdks, properties, conditions, frameworkReferences, packageReferences, projectReferences, imports, containerPorts, containerEnvironment, execCommands, ...undecided.length > 0 ? { undecided } : {} };
}
async function readMsbuildText(file, shownAs) {
  return readInputFile(file, { shownAs, maxBytes: inputCaps.msbuild });
}
async function readMsbuild(file, shownAs, inherited2 = {}) {
  return parseMsbuild(await readMsbuildText(file, shownAs), shownAs, inherited2);
}
var parser;
var init_msbuild = __esm({
  "source/project/msbuild.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_fxp();
    init_resolve();
    init_input_file();
    init_condition();
    init_xml_document();
    parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      parseTagValue: false,
      trimValues: true,
      isArray: (name) => ["PropertyGroup", "ItemGroup", "FrameworkReference", "PackageReference", "ProjectReference", "ContainerPort", "ContainerEnvironmentVariable", "Sdk", "Import", "ImportGroup", "Target", "Exec"].includes(name)
    });
  }
});

// source/project/path-exists.ts
async function pathExists(file) {
  try {
    return (0, import_node_fs2.statSync)(file, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return false;
  }
}
var import_node_fs2;
var init_path_exists = __esm({
  "source/project/path-exists.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs2 = require("node:fs");
  }
});

// source/project/xml-evaluation.ts
async function fileAbove(start2, name) {
  let folder = start2;
  for (; ; ) {
    const candidate = node_path_default.join(folder, name);
    if (await pathExists(candidate)) return candidate;
    const parent = node_path_default.dirname(folder);
    if (parent === folder) return void 0;
    folder = parent;
  }
}
async function expand(text3, known, thisFile) {
  const folder = `${node_path_default.dirname(thisFile)}/`;
  const thisFileProperties = lowerCased({ MSBuildThisFileDirectory: folder, MSBuildThisFileFullPath: thisFile, MSBuildThisFile: node_path_default.basename(thisFile) });
  const lookup = { get: (name) => thisFileProperties.get(name) ?? known.get(name) };
  let result = text3;
  for (let round = 0; round < 8 && result.includes("$("); round++) {
    let missing = false;
    let length = result.length;
    result = result.replaceAll(/\$\(([A-Za-z_][\w.-]*)\)/g, (match, name2) => {
      const value = lookup.get(name2.toLowerCase());
      if (value === void 0) missing = true;
      length += (value ?? match).length - match.length;
      if (length > maxExpandedLength) throw new ExpansionTooLarge(thisFile);
      return value ?? match;
    });
    if (missing) return void 0;
    const functionCall = /\$\(\[MSBuild\]::(GetPathOfFileAbove|GetDirectoryNameOfFileAbove)\(([^()$]*)\)\)/i.exec(result);
    if (!functionCall) break;
    const [call, name, rawArguments] = functionCall;
    const [first, second] = rawArguments.split(",").map(unquote);
    const found = name.toLowerCase() === "getpathoffileabove" ? await fileAbove(node_path_default.resolve(node_path_default.dirname(thisFile), second ?? folder), first) : await fileAbove(node_path_default.resolve(node_path_default.dirname(thisFile), first), second ?? "").then((file) => file ? node_path_default.dirname(file) : void 0);
    result = result.replace(call, found ?? "");
  }
  return /[$@%]\(/.test(result) ? void 0 : result;
}
async function expandGlob(pattern, base) {
  const absolute2 = node_path_default.resolve(base, pattern);
  if (!globCharacters.test(absolute2)) return await pathExists(absolute2) ? [absolute2] : [];
  const segments = absolute2.split("/");
  const firstGlob = segments.findIndex((segment) => globCharacters.test(segment));
  const root = segments.slice(0, firstGlob).join("/") || "/";
  const rest = segments.slice(firstGlob).map((segment) => segment === "**" ? "(?:[^/]+/)*" : `${segment.replaceAll(/[.+^${}()|[\]\\]/g, "\\$&").replaceAll("*", "[^/]*").replaceAll("?", "[^/]")}/`).join("");
  const matcher = new RegExp(`^${rest.slice(0, -1)}$`);
  const found = [];
  let folders = 0;
  const walk2 = async (folder, relative, depth) => {
    if (depth > 12 || ++folders > maxGlobFolders) return;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = `${relative}${entry.name}`;
      if (entry.isDirectory()) {
        if (![".git", "node_modules", "bin", "obj"].includes(entry.name)) await walk2(node_path_default.join(folder, entry.name), `${name}/`, depth + 1);
      } else if (matcher.test(name)) {
        found.push(node_path_default.join(folder, entry.name));
      }
    }
  };
  await walk2(root, "", 0);
  return found.sort();
}
function setProperty(reading, name, value) {
  reading.properties[name] = value;
  reading.own.set(name.toLowerCase(), value);
  reading.known.set(name.toLowerCase(), value);
}
function deleteProperty(reading, name) {
  delete reading.properties[name];
  const key = name.toLowerCase();
  reading.own.delete(key);
  if (globals.has(key)) reading.known.set(key, globals.get(key));
  else reading.known.delete(key);
}
async function readInto(reading, file, shown3, depth = 0) {
  if (reading.files.includes(file) || depth > 16) return;
  reading.files.push(file);
  const content = await readMsbuildText(file, shown3(file));
  const msbuild = parseMsbuild(content, shown3(file), { ...publishGlobals, ...reading.properties });
  const importsFirst = content.search(/<Import\b/) > -1 && (content.search(/<PropertyGroup\b/) === -1 || content.search(/<Import\b/) < content.search(/<PropertyGroup\b/));
  const own = async () => {
    for (const [name, value] of Object.entries(msbuild.properties)) {
      const expanded = value.includes("$(") ? await expand(value, reading.known, file) : value;
      if (expanded === void 0) {
        reading.unseen.push(`${name} = ${value} in ${shown3(file)}`);
        continue;
      }
      if (expanded === "") deleteProperty(reading, name);
      else setProperty(reading, name, expanded);
      if (msbuild.conditions[name]) reading.conditions[name] = msbuild.conditions[name];
      else delete reading.conditions[name];
      reading.setIn[name] = file;
    }
    reading.merged.set(file, msbuild);
    for (const reference3 of msbuild.undecided ?? []) reading.unseen.push(`${reference3} in ${shown3(file)}`);
  };
  const imports = async () => {
    for (const entry of msbuild.imports ?? []) {
      const target = await expand(entry.project, reading.own, file);
      if (target === void 0) {
        reading.unseen.push(`Import ${entry.project} in ${shown3(file)}`);
        continue;
      }
      if (target === "") continue;
      if (entry.condition) {
        const condition = await expand(entry.condition, reading.known, file);
        const existsCheck = condition && /^\(?\s*exists\(\s*'([^']*)'\s*\)\s*\)?$/i.exec(condition.trim());
        if (existsCheck) {
          if (!await pathExists(node_path_default.resolve(node_path_default.dirname(file), existsCheck[1]))) continue;
        } else {
          let holds2;
          try {
            holds2 = condition === void 0 ? void 0 : conditionHolds(entry.condition, reading.known);
          } catch (error) {
            if (error instanceof ConditionTooDeep) throw new InputError(`${shown3(file)} has a Condition ${error.message}: it is not read.`);
            throw error;
          }
          if (holds2 === void 0) reading.unseen.push(`Import ${entry.project} if ${entry.condition} in ${shown3(file)}`);
          if (holds2 !== true) continue;
        }
      }
      for (const imported of await expandGlob(target, node_path_default.dirname(file))) await readInto(reading, imported, shown3, depth + 1);
    }
  };
  if (importsFirst) {
    await imports();
    await own();
  } else {
    await own();
    await imports();
  }
}
async function evaluateWithXml(file, shown3) {
  try {
    return await readProject(file, shown3);
  } catch (error) {
    if (error instanceof ExpansionTooLarge) throw new InputError(`${shown3(error.file)}: a $(Property) value expands to more than 1 MiB (properties that repeat each other): it is not read.`);
    throw error;
  }
}
async function readProject(file, shown3) {
  const folder = node_path_default.dirname(file);
  const reading = { properties: {}, own: /* @__PURE__ */ new Map(), known: new Map(globals), conditions: {}, setIn: {}, files: [], unseen: [], merged: /* @__PURE__ */ new Map() };
  setProperty(reading, "MSBuildProjectDirectory", folder);
  setProperty(reading, "MSBuildProjectName", node_path_default.basename(file).replace(/\.[^.]+$/, ""));
  const builtIn = new Set(Object.keys(reading.properties));
  const props = await fileAbove(folder, "Directory.Build.props");
  if (props) await readInto(reading, props, shown3);
  const packages = await fileAbove(folder, "Directory.Packages.props");
  if (packages) await readInto(reading, packages, shown3);
  await readInto(reading, file, shown3);
  const targets = await fileAbove(folder, "Directory.Build.targets");
  if (targets) await readInto(reading, targets, shown3);
  const own = reading.merged.get(file);
  const merged = [...reading.merged.values()];
  const projectReferences = [];
  for (const [from, msbuild] of reading.merged) {
    for (const reference3 of msbuild.projectReferences) {
      const expanded = await expand(reference3, reading.own, from);
      if (expanded === void 0) {
        reading.unseen.push(`ProjectReference ${reference3} in ${shown3(from)}`);
        continue;
      }
      projectReferences.push(...await expandGlob(expanded, folder));
    }
  }
  const properties = Object.fromEntries(Object.entries(reading.properties).filter(([name]) => !builtIn.has(name)));
  const setIn = Object.fromEntries(Object.entries(reading.setIn).filter(([name, where2]) => where2 !== file && properties[name] !== void 0));
  return {
    evaluator: "xml",
    file,
    properties,
    conditions: reading.conditions,
    setIn,
    sdks: own?.sdks ?? [],
    frameworkReferences: merged.flatMap((msbuild) => msbuild.frameworkReferences),
    packageReferences: merged.flatMap((msbuild) => msbuild.packageReferences),
    projectReferences: [...new Set(projectReferences)].filter((reference3) => reference3 !== file),
    containerPorts: merged.flatMap((msbuild) => msbuild.containerPorts ?? []),
    containerEnvironment: Object.assign({}, ...merged.map((msbuild) => msbuild.containerEnvironment ?? {})),
    imports: reading.files,
    execCommands: merged.flatMap((msbuild) => msbuild.execCommands ?? []),
    unseen: reading.unseen
  };
}
var unquote, maxExpandedLength, ExpansionTooLarge, globCharacters, maxGlobFolders, globals;
var init_xml_evaluation = __esm({
  "source/project/xml-evaluation.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_promises();
    init_node_path();
    init_resolve();
    init_condition();
    init_msbuild();
    init_path_exists();
    unquote = (text3) => text3.trim().replace(/^'(.*)'$/, "$1");
    maxExpandedLength = 1024 * 1024;
    ExpansionTooLarge = class extends Error {
      constructor(file) {
        super("a property expansion grows too large");
        this.file = file;
      }
      file;
    };
    globCharacters = /[*?]/;
    maxGlobFolders = 2e3;
    globals = lowerCased(publishGlobals);
  }
});

// node-builtin:node:os
var node_os_default;
var init_node_os = __esm({
  "node-builtin:node:os"() {
    init_define_PACKAGE();
    node_os_default = require("node:os");
  }
});

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
function cacheFolder(env = node_process_default.env, platform = node_process_default.platform, home = homeFolder()) {
  if (platform === "win32") {
    const local = absolute(env["LOCALAPPDATA"], platform) ?? (home && node_path_default.win32.join(home, "AppData", "Local"));
    return local && node_path_default.win32.join(local, "dotnet-image-wizard", "Cache");
  }
  if (platform === "darwin") return home && node_path_default.posix.join(home, "Library", "Caches", "dotnet-image-wizard");
  const base = absolute(env["XDG_CACHE_HOME"], platform) ?? (home && node_path_default.posix.join(home, ".cache"));
  return base && node_path_default.posix.join(base, "dotnet-image-wizard");
}
var absolute;
var init_user_folders = __esm({
  "source/read/user-folders.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_os();
    init_node_path();
    init_node_process();
    absolute = (value, platform) => value && (platform === "win32" ? node_path_default.win32 : node_path_default.posix).isAbsolute(value) ? value : void 0;
  }
});

// source/project/evaluation-cache.ts
var evaluation_cache_exports = {};
__export(evaluation_cache_exports, {
  cacheFolder: () => cacheFolder2,
  cachedEvaluation: () => cachedEvaluation,
  dotnetOnPath: () => dotnetOnPath,
  probedFiles: () => probedFiles,
  storeEvaluation: () => storeEvaluation
});
function cacheFolder2() {
  const folder = cacheFolder();
  if (!folder) throw new Error("no cache folder: neither XDG_CACHE_HOME nor HOME is an absolute path");
  return node_path_default.join(folder, "evaluations");
}
function entryName(key) {
  let first = 3735928559;
  let second = 1103547991;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ first >>> 16, 2246822507) ^ Math.imul(second ^ second >>> 13, 3266489909);
  second = Math.imul(second ^ second >>> 16, 2246822507) ^ Math.imul(first ^ first >>> 13, 3266489909);
  return (second >>> 0).toString(16).padStart(8, "0") + (first >>> 0).toString(16).padStart(8, "0");
}
async function contentOf(file) {
  try {
    if ((0, import_node_fs3.statSync)(file, { throwIfNoEntry: false }) === void 0) return void 0;
    return (await readInputBytes(file, { shownAs: file, maxBytes: inputCaps.msbuild })).toString("base64");
  } catch {
    return void 0;
  }
}
async function dotnetOnPath() {
  const names2 = node_process_default.platform === "win32" ? ["dotnet.exe"] : ["dotnet"];
  for (const folder of (node_process_default.env["PATH"] ?? "").split(node_path_default.delimiter).filter(Boolean)) {
    for (const name of names2) {
      try {
        const candidate = node_path_default.join(folder, name);
        if ((0, import_node_fs3.statSync)(candidate, { throwIfNoEntry: false })?.isFile()) return node_path_default.dirname((0, import_node_fs3.realpathSync)(candidate));
      } catch {
      }
    }
  }
  return void 0;
}
async function keyOf(file, dotnetRoot, extra) {
  let sdks = "";
  try {
    sdks = String((0, import_node_fs3.statSync)(node_path_default.join(dotnetRoot, "sdk")).mtimeMs);
  } catch {
  }
  const globalJson = await fileAbove(node_path_default.dirname(file), "global.json");
  return JSON.stringify([cacheVersion, file, await contentOf(file), dotnetRoot, sdks, globalJson, globalJson ? await contentOf(globalJson) : "", extra]);
}
async function cachedEvaluation(file, dotnetRoot, extra = "") {
  let entry;
  let key;
  try {
    key = await keyOf(file, dotnetRoot, extra);
    const cached = node_path_default.join(cacheFolder2(), `${entryName(key)}.json`);
    entry = JSON.parse(await readInputFile(cached, { shownAs: cached, maxBytes: cachedEntryCap }));
  } catch {
    return void 0;
  }
  if (entry.key !== key || typeof entry.files !== "object" || entry.files === null) return void 0;
  for (const [name, expected] of Object.entries(entry.files)) {
    if (name === file) continue;
    if ((await contentOf(name) ?? null) !== expected) return void 0;
  }
  return entry.outcome;
}
function probedFiles(file) {
  const obj = node_path_default.join(node_path_default.dirname(file), "obj", node_path_default.basename(file));
  const probed = [`${file}.user`, `${obj}.nuget.g.props`, `${obj}.nuget.g.targets`];
  for (let folder = node_path_default.dirname(file); ; folder = node_path_default.dirname(folder)) {
    for (const name of ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "Directory.Build.rsp"]) probed.push(node_path_default.join(folder, name));
    if (node_path_default.dirname(folder) === folder) return probed;
  }
}
async function storeEvaluation(outcome, dotnetRoot, extra = "") {
  try {
    const folder = cacheFolder2();
    (0, import_node_fs3.mkdirSync)(folder, { recursive: true });
    const file = "evaluation" in outcome ? outcome.evaluation.file : outcome.file;
    const read = /* @__PURE__ */ new Set([..."evaluation" in outcome ? outcome.evaluation.imports : outcome.files, ...probedFiles(file)]);
    const files = Object.fromEntries(await Promise.all([...read].map(async (name) => [name, await contentOf(name) ?? null])));
    const key = await keyOf(file, dotnetRoot, extra);
    const target = node_path_default.join(folder, `${entryName(key)}.json`);
    const temporary = `${target}.${node_process_default.pid}.tmp`;
    (0, import_node_fs3.writeFileSync)(temporary, JSON.stringify({ key, files, outcome }));
    (0, import_node_fs3.renameSync)(temporary, target);
  } catch {
  }
}
var import_node_fs3, cacheVersion, cachedEntryCap;
var init_evaluation_cache = __esm({
  "source/project/evaluation-cache.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs3 = require("node:fs");
    init_node_path();
    init_node_process();
    init_input_file();
    init_user_folders();
    init_xml_evaluation();
    cacheVersion = 9;
    cachedEntryCap = 8 * inputCaps.msbuild;
  }
});

// source/project/evaluation.ts
function isSet(evaluation, name) {
  return truthy(evaluation.properties[name]);
}
function targetFrameworks(evaluation) {
  const { TargetFrameworks, TargetFramework } = evaluation.properties;
  return (TargetFrameworks || TargetFramework || "").split(";").map((framework) => framework.trim()).filter(Boolean);
}
var evaluatedProperties, truthy;
var init_evaluation = __esm({
  "source/project/evaluation.ts"() {
    "use strict";
    init_define_PACKAGE();
    evaluatedProperties = [
      "TargetFramework",
      "TargetFrameworks",
      "TargetFrameworkVersion",
      "TargetFrameworkIdentifier",
      "OutputType",
      "UsingMicrosoftNETSdk",
      "UsingMicrosoftNETSdkWeb",
      "UsingMicrosoftNETSdkWorker",
      "UsingMicrosoftNETSdkRazor",
      "UsingMicrosoftNETSdkBlazorWebAssembly",
      "IsAspireHost",
      "IsTestProject",
      "UseMaui",
      "UseWPF",
      "UseWindowsForms",
      "PublishAot",
      "SelfContained",
      "PublishSelfContained",
      "PublishTrimmed",
      "PublishSingleFile",
      "PublishReadyToRun",
      "InvariantGlobalization",
      "RuntimeIdentifier",
      "RuntimeIdentifiers",
      "AssemblyName",
      "SpaRoot",
      "EnableSdkContainerSupport",
      "ContainerFamily",
      "ContainerBaseImage",
      "ContainerRepository",
      "ContainerImageName",
      "ContainerImageTag",
      "ContainerImageTags",
      "ContainerRegistry",
      "ContainerRuntimeIdentifier",
      "ContainerRuntimeIdentifiers",
      "ContainerWorkingDirectory",
      "ContainerUser",
      "ContainerAppCommand",
      "ContainerAppCommandInstruction",
      "ManagePackageVersionsCentrally",
      "RollForward",
      "Version",
      "RepositoryUrl"
    ];
    truthy = (value) => value?.toLowerCase() === "true";
  }
});

// source/project/bounded-dotnet.ts
function evaluationTimeoutSeconds() {
  const set = Number(node_process_default.env["DIW_MSBUILD_TIMEOUT"]);
  return Number.isFinite(set) && set >= 1 && set <= 600 ? set : 30;
}
function killGroup(pid) {
  if (pid === void 0) return;
  try {
    node_process_default.kill(-pid, "SIGKILL");
  } catch {
  }
}
async function runDotnet(args, options2) {
  const { spawn } = await Promise.resolve().then(() => __toESM(require("node:child_process"), 1));
  return new Promise((resolve) => {
    const child = spawn("dotnet", args, { cwd: options2.cwd, env: options2.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const chunks = { stdout: [], stderr: [] };
    const sizes = { stdout: 0, stderr: 0 };
    let stopped;
    let settled = false;
    const stop = (why) => {
      stopped ??= why;
      killGroup(child.pid);
    };
    const timer = setTimeout(() => stop("timeout"), options2.timeoutSeconds * 1e3);
    const onExit = () => killGroup(child.pid);
    node_process_default.once("exit", onExit);
    const collect = (stream) => (chunk) => {
      if (stopped) return;
      const room = maxDotnetOutput - sizes[stream];
      chunks[stream].push(room >= chunk.length ? chunk : chunk.subarray(0, room));
      sizes[stream] += Math.min(room, chunk.length);
      if (chunk.length > room) stop("output");
    };
    child.stdout.on("data", collect("stdout"));
    child.stderr.on("data", collect("stderr"));
    const finish = (exitCode) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      node_process_default.removeListener("exit", onExit);
      if (stopped) killGroup(child.pid);
      const text3 = (stream) => Buffer.concat(chunks[stream]).toString("utf8");
      resolve({ stdout: text3("stdout"), stderr: text3("stderr"), ...exitCode === null ? {} : { exitCode }, ...stopped ? { stopped } : exitCode === null ? { stopped: "signal" } : {} });
    };
    child.on("error", (error) => {
      if (error.code === "ENOENT") stopped = "missing";
      finish(null);
    });
    let open2 = 2;
    let exited;
    let grace;
    const closed = () => {
      if (--open2 === 0 && exited !== void 0) {
        clearTimeout(grace);
        finish(exited);
      }
    };
    child.stdout.once("close", closed);
    child.stderr.once("close", closed);
    child.on("exit", (code) => {
      exited = code;
      if (stopped) {
        finish(null);
        return;
      }
      if (open2 === 0) {
        finish(code);
        return;
      }
      grace = setTimeout(() => {
        killGroup(child.pid);
        child.stdout.destroy();
        child.stderr.destroy();
        finish(code);
      }, 500);
    });
  });
}
var maxDotnetOutput;
var init_bounded_dotnet = __esm({
  "source/project/bounded-dotnet.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    maxDotnetOutput = 8 * 1024 * 1024;
  }
});

// source/project/imports-archive.ts
function zipEntryNames(archive) {
  let end = -1;
  for (let at2 = archive.length - 22; at2 >= Math.max(0, archive.length - 22 - 65535); at2--) {
    if (archive.readUInt32LE(at2) === 101010256) {
      end = at2;
      break;
    }
  }
  if (end < 0) return [];
  const count = Math.min(archive.readUInt16LE(end + 10), maxEntries);
  let at = archive.readUInt32LE(end + 16);
  const names2 = [];
  for (let entry = 0; entry < count && at + 46 <= archive.length; entry++) {
    if (archive.readUInt32LE(at) !== 33639248) break;
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    names2.push(archive.toString("utf8", at + 46, Math.min(archive.length, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names2;
}
function importedPath(name) {
  if (node_path_default.sep === "\\") return name.replace(/^([A-Za-z])\\/, "$1:\\");
  return `/${name.replaceAll("\\", "/").replace(/^\/+/, "")}`;
}
function importsOf(archiveFile) {
  let descriptor;
  try {
    descriptor = (0, import_node_fs4.openSync)(archiveFile, "r");
  } catch {
    return [];
  }
  try {
    const size = (0, import_node_fs4.fstatSync)(descriptor).size;
    const tailLength = Math.min(size, endSearch);
    const tail = Buffer.alloc(tailLength);
    (0, import_node_fs4.readSync)(descriptor, tail, 0, tailLength, size - tailLength);
    const end = tail.lastIndexOf(endSignature);
    if (end < 0 || end + 22 > tail.length) return [];
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryStart = tail.readUInt32LE(end + 16);
    if (directoryStart + directorySize > size) return [];
    const directory = Buffer.alloc(directorySize + 22);
    (0, import_node_fs4.readSync)(descriptor, directory, 0, directorySize, directoryStart);
    tail.copy(directory, directorySize, end, end + 22);
    directory.writeUInt32LE(0, directorySize + 16);
    return [...new Set(zipEntryNames(directory).map(importedPath))];
  } catch {
    return [];
  } finally {
    (0, import_node_fs4.closeSync)(descriptor);
  }
}
var import_node_fs4, maxEntries, endSearch, endSignature;
var init_imports_archive = __esm({
  "source/project/imports-archive.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs4 = require("node:fs");
    init_node_path();
    maxEntries = 2e4;
    endSearch = 22 + 65535;
    endSignature = Buffer.from([80, 75, 5, 6]);
  }
});

// source/project/msbuild-launch.ts
function versionParts(name) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(name);
  if (!match) return void 0;
  return { numbers: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] ? match[4].split(".") : [] };
}
function compareSdkVersions(a, b) {
  const [first, second] = [versionParts(a), versionParts(b)];
  if (!first || !second) return 0;
  for (let index = 0; index < 3; index++) {
    const difference = first.numbers[index] - second.numbers[index];
    if (difference !== 0) return difference;
  }
  if (first.prerelease.length === 0 || second.prerelease.length === 0) return second.prerelease.length - first.prerelease.length;
  for (let index = 0; index < Math.max(first.prerelease.length, second.prerelease.length); index++) {
    const [x, y] = [first.prerelease[index], second.prerelease[index]];
    if (x === void 0 || y === void 0) return x === void 0 ? -1 : 1;
    const [xNumber, yNumber] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (xNumber && yNumber && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (xNumber !== yNumber) return xNumber ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function newestSdk(dotnetRoot) {
  let names2;
  try {
    names2 = (0, import_node_fs5.readdirSync)(node_path_default.join(dotnetRoot, "sdk"));
  } catch {
    return void 0;
  }
  const installed2 = names2.filter((name) => versionParts(name) && (0, import_node_fs5.existsSync)(node_path_default.join(dotnetRoot, "sdk", name, "dotnet.dll")));
  const newest = installed2.sort(compareSdkVersions).at(-1);
  return newest === void 0 ? void 0 : node_path_default.join(dotnetRoot, "sdk", newest);
}
async function msbuildLaunch(folder, dotnetRoot, environment2 = node_process_default.env) {
  if (!dotnetRoot || await fileAbove(folder, "global.json")) return cli;
  const found = newestSdk(dotnetRoot);
  if (!found) return cli;
  let sdk2;
  try {
    sdk2 = import_node_fs5.realpathSync.native(found);
  } catch {
    return cli;
  }
  const msbuild = node_path_default.join(sdk2, "MSBuild.dll");
  if (!(0, import_node_fs5.existsSync)(msbuild)) return cli;
  const host = node_path_default.join(dotnetRoot, node_process_default.platform === "win32" ? "dotnet.exe" : "dotnet");
  return {
    kind: "direct",
    arguments: ["exec", msbuild, "-maxcpucount", "-verbosity:m", "-tlp:default=auto"],
    environment: {
      MSBuildExtensionsPath: `${sdk2}${node_path_default.sep}`,
      MSBuildSDKsPath: environment2["MSBuildSDKsPath"] ?? node_path_default.join(sdk2, "Sdks"),
      DOTNET_HOST_PATH: host,
      MSBUILDUSESERVER: "0"
    }
  };
}
var import_node_fs5, cli;
var init_msbuild_launch = __esm({
  "source/project/msbuild-launch.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs5 = require("node:fs");
    init_node_path();
    init_node_process();
    init_xml_evaluation();
    cli = { kind: "cli", arguments: ["msbuild"], environment: {} };
  }
});

// source/project/msbuild-run-settings.ts
function shapedByWorkloads(properties) {
  const set = (name) => properties[name]?.trim().toLowerCase() === "true";
  const platform = (properties["TargetPlatformIdentifier"] ?? "").trim().toLowerCase();
  if (platform !== "" && platform !== "windows") return true;
  const identifiers = `${properties["RuntimeIdentifier"] ?? ""};${properties["RuntimeIdentifiers"] ?? ""}`.split(";").map((name) => name.trim());
  if (identifiers.some((name) => workloadSystems.test(name))) return true;
  return ["UseMaui", "UseMauiCore", "UseMauiEssentials", "UseMauiAssets", "UsingMicrosoftNETSdkBlazorWebAssembly", "UsingMicrosoftNETSdkWebAssembly"].some((name) => set(name));
}
function msbuildRunSettings(environment2, workloads) {
  const variables = {};
  if (!has(environment2, ["DOTNET_TieredPGO", "COMPlus_TieredPGO"])) variables["DOTNET_TieredPGO"] = "0";
  const workloadsOff = !workloads && !hasProperty(environment2, "MSBuildEnableWorkloadResolver");
  if (workloadsOff) variables["MSBuildEnableWorkloadResolver"] = "false";
  return { variables, workloadsOff };
}
var workloadProperties, workloadSystems, has, hasProperty;
var init_msbuild_run_settings = __esm({
  "source/project/msbuild-run-settings.ts"() {
    "use strict";
    init_define_PACKAGE();
    workloadProperties = [
      "TargetPlatformIdentifier",
      "RuntimeIdentifier",
      "RuntimeIdentifiers",
      "UseMaui",
      "UseMauiCore",
      "UseMauiEssentials",
      "UseMauiAssets",
      "UsingMicrosoftNETSdkBlazorWebAssembly",
      "UsingMicrosoftNETSdkWebAssembly"
    ];
    workloadSystems = /^(?:browser|wasi|android|ios|iossimulator|tvos|tvossimulator|maccatalyst|tizen)-/i;
    has = (environment2, names2) => names2.some((name) => environment2[name] !== void 0);
    hasProperty = (environment2, name) => Object.keys(environment2).some((key) => key.toLowerCase() === name.toLowerCase());
  }
});

// source/project/sdk-base-image.ts
function parseVersion(text3) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text3.trim());
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), labels: match[4] ? match[4].split(".") : [] };
}
function atLeastNobleSdk(version3) {
  const { major, minor, patch } = version3;
  if (major !== 8) return major > 8;
  if (minor !== 0) return minor > 0;
  return patch > 300 || patch === 300 && !isPrerelease(version3);
}
function targetRuntimeIdentifiers(input) {
  let single = input.ContainerRuntimeIdentifier || input.RuntimeIdentifier || "";
  const many = input.ContainerRuntimeIdentifiers || (isTrue(input.IsRidAgnostic) ? "" : input.RuntimeIdentifiers ?? "");
  if (!single && !many) single = `linux-${(input.NETCoreSdkPortableRuntimeIdentifier ?? "").split("-")[1] ?? ""}`;
  return single ? items(single) : items(many);
}
function versionPart(input) {
  const framework = parseVersion(`${input._TargetFrameworkVersionWithoutV ?? ""}.0`);
  if (framework && framework.major < firstVersionWithNewTags) return { tag: `${framework.major}.${framework.minor}`, version: framework, extras: false };
  const sdk2 = parseVersion(input.NETCoreSdkVersion ?? "");
  if (!sdk2) return void 0;
  if (framework && (framework.major < sdk2.major || framework.minor < sdk2.minor)) return { tag: `${framework.major}.${framework.minor}`, version: sdk2, extras: true };
  if (!isPrerelease(sdk2) || sdk2.major < firstVersionWithNewTags || sdk2.patch !== 100) return { tag: `${sdk2.major}.${sdk2.minor}`, version: sdk2, extras: true };
  const [channel, increment] = sdk2.labels;
  if (channel === "rtm" || channel === "servicing") return { tag: `${sdk2.major}.${sdk2.minor}`, version: sdk2, extras: true };
  if ((channel === "rc" || channel === "preview") && increment !== void 0) return { tag: `${sdk2.major}.${sdk2.minor}.0-${channel}.${increment}`, version: sdk2, extras: true };
  if (channel === "alpha" || channel === "dev" || channel === "ci") return { tag: `${sdk2.major}.${sdk2.minor}-preview`, version: sdk2, extras: true };
  return void 0;
}
function sdkBaseImage(input) {
  if (input.ContainerBaseImage) return input.ContainerBaseImage;
  const rids = targetRuntimeIdentifiers(input);
  const musl = rids.filter((rid) => rid.startsWith("linux-musl")).length;
  if (musl > 0 && musl !== rids.length) return void 0;
  const isMusl = musl > 0;
  const part = versionPart(input);
  if (!part) return void 0;
  const selfContained = isTrue(input.SelfContained) || isTrue(input.PublishSelfContained);
  const aspnet = input.frameworkReferences.some((reference3) => reference3.toLowerCase() === "microsoft.aspnetcore.app");
  const repository = selfContained ? "runtime-deps" : aspnet ? "aspnet" : "runtime";
  const invariant = isTrue(input.InvariantGlobalization);
  const aot = isTrue(input.PublishAot);
  const trimmed = isTrue(input.PublishTrimmed);
  let tag2 = part.tag;
  const family = input.ContainerFamily ?? "";
  if (family.trim()) {
    tag2 += `-${family}`;
    if (!isMusl && family.endsWith("-chiseled") && !invariant && part.extras && !isPrerelease(part.version) && part.version.major >= firstVersionWithNewTags) tag2 += "-extra";
  } else if (!part.extras) {
    if (isMusl) tag2 += "-alpine";
  } else {
    if (isMusl) tag2 += "-alpine";
    else if (aot || trimmed) tag2 += `-${atLeastNobleSdk(part.version) ? "noble" : "jammy"}-chiseled`;
    if ((aot || trimmed) && !invariant) tag2 += "-extra";
  }
  return `mcr.microsoft.com/dotnet/${repository}:${tag2}`;
}
var sdkPickProperties, firstVersionWithNewTags, isPrerelease, isTrue, items;
var init_sdk_base_image = __esm({
  "source/project/sdk-base-image.ts"() {
    "use strict";
    init_define_PACKAGE();
    sdkPickProperties = [
      "ContainerBaseImage",
      "ContainerFamily",
      "ContainerRuntimeIdentifier",
      "ContainerRuntimeIdentifiers",
      "RuntimeIdentifier",
      "RuntimeIdentifiers",
      "IsRidAgnostic",
      "NETCoreSdkVersion",
      "NETCoreSdkPortableRuntimeIdentifier",
      "_TargetFrameworkVersionWithoutV",
      "SelfContained",
      "PublishSelfContained",
      "PublishAot",
      "PublishTrimmed",
      "InvariantGlobalization"
    ];
    firstVersionWithNewTags = 8;
    isPrerelease = (version3) => version3.labels.length > 0;
    isTrue = (value) => /^(true|on|yes)$/i.test(value?.trim() ?? "");
    items = (value) => (value ?? "").split(";").map((part) => part.trim()).filter(Boolean);
  }
});

// source/project/msbuild-evaluation.ts
var msbuild_evaluation_exports = {};
__export(msbuild_evaluation_exports, {
  EvaluationFailed: () => EvaluationFailed,
  NoSdk: () => NoSdk,
  evaluateWithMsbuild: () => evaluateWithMsbuild,
  failureReason: () => failureReason
});
function judgesProject(output) {
  return /\berror (MSB|NETSDK|NU)\d{4}\b/.test(output) || sdkNotFound.test(output);
}
async function dotnet(args, cwd, launch, settings) {
  const timeout2 = evaluationTimeoutSeconds();
  const run3 = await runDotnet([...launch.arguments, ...args, "-nologo", "-nodeReuse:false"], {
    cwd,
    timeoutSeconds: timeout2,
    env: { ...node_process_default.env, ...launch.environment, ...settings, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1", DOTNET_SKIP_FIRST_TIME_EXPERIENCE: "1", MSBUILDDISABLENODEREUSE: "1" }
  });
  if (run3.stopped === "missing") throw new NoSdk("the .NET SDK (dotnet) is not on PATH");
  if (run3.stopped === "timeout") throw new EvaluationFailed(`dotnet msbuild did not finish within ${timeout2} s`);
  if (run3.stopped === "output") throw new EvaluationFailed(`dotnet msbuild printed more than ${maxDotnetOutput / 1024 / 1024} MiB`);
  if (run3.exitCode === 0) return run3.stdout;
  const output = `${run3.stdout}
${run3.stderr}`;
  const why = failureReason(output) ?? (run3.stopped === "signal" ? "dotnet msbuild was stopped by a signal" : `dotnet msbuild exited with code ${run3.exitCode}`);
  throw new EvaluationFailed(why, run3.exitCode !== void 0 && judgesProject(output));
}
function failureReason(output) {
  const requested = /Requested SDK version: (\S+)/.exec(output)?.[1];
  if (sdkNotFound.test(output)) {
    return `no installed .NET SDK satisfies the ${requested ?? "version"} that global.json asks for`;
  }
  const hostFailure = /Failed to (?:create|initialize) CoreCLR, HRESULT: (0x[\dA-F]{8})/i.exec(output)?.[1];
  if (hostFailure) return `dotnet could not start its runtime: HRESULT ${hostFailure}, often a memory or file-size limit`;
  const lines2 = output.split("\n").map((line2) => line2.trim()).filter(Boolean);
  const line = lines2.find((candidate) => /\berror\b/i.test(candidate)) ?? lines2[0];
  const reason = line?.replace(/^.*?:\s*(error\b)/i, "$1").replace(/\s*\[[^\]]*\]$/, "");
  return reason === void 0 ? void 0 : shownText(reason, { limit: maxReasonLength - 1 });
}
function parseReport(stdout) {
  const start2 = stdout.indexOf("{");
  try {
    return JSON.parse(stdout.slice(start2));
  } catch {
    throw new EvaluationFailed(`dotnet msbuild printed no evaluation (${shownText(stdout.trim().split("\n")[0] || "nothing", { limit: 80 })})`);
  }
}
function insideAny(folders) {
  const comparable = (name) => node_path_default.sep === "\\" ? node_path_default.resolve(name).toLowerCase() : node_path_default.resolve(name);
  const prefixes = folders.filter((folder) => Boolean(folder)).map((folder) => comparable(folder));
  return (file) => {
    const resolved = comparable(file);
    return prefixes.some((folder) => resolved === folder || resolved.startsWith(folder.endsWith(node_path_default.sep) ? folder : `${folder}${node_path_default.sep}`));
  };
}
function removeScratch(folder) {
  for (const name of ["evaluation.binlog", "evaluation.ProjectImports.zip"]) {
    try {
      (0, import_node_fs6.unlinkSync)(node_path_default.join(folder, name));
    } catch {
    }
  }
  try {
    (0, import_node_fs6.rmdirSync)(folder);
  } catch {
    (0, import_node_fs6.rmSync)(folder, { recursive: true, force: true });
  }
}
async function evaluateOnce(file, globals2, launch, settings) {
  const cwd = node_path_default.dirname(file);
  const propertyArguments = [.../* @__PURE__ */ new Set([...evaluatedProperties, ...sdkPickProperties, ...pathProperties, ...workloadProperties])].map((name) => `-getProperty:${name}`);
  const itemArguments = items2.map((name) => `-getItem:${name}`);
  let scratch;
  try {
    scratch = (0, import_node_fs6.mkdtempSync)(node_path_default.join(node_os_default.tmpdir(), "diw-msbuild-"));
  } catch {
  }
  try {
    const log = scratch && !/[;"]/.test(scratch) ? [`-bl:${node_path_default.join(scratch, "evaluation.binlog")};ProjectImports=ZipFile`] : [];
    const stdout = await dotnet([file, ...propertyArguments, ...itemArguments, ...publishArguments, ...globals2, ...log], cwd, launch, settings);
    return { report: parseReport(stdout), ...log.length > 0 ? { imports: importsOf(node_path_default.join(scratch, "evaluation.ProjectImports.zip")) } : {} };
  } finally {
    if (scratch) removeScratch(scratch);
  }
}
async function evaluateForPublish(file, globals2, launch) {
  const quick = msbuildRunSettings(node_process_default.env, false);
  const evaluated = await evaluateOnce(file, globals2, launch, quick.variables);
  if (!quick.workloadsOff || !shapedByWorkloads(evaluated.report.Properties ?? {})) return evaluated;
  return evaluateOnce(file, globals2, launch, msbuildRunSettings(node_process_default.env, true).variables);
}
async function evaluateWithMsbuild(file, pickFramework, fallbackImports = [], dotnetRoot) {
  const cwd = node_path_default.dirname(file);
  const launch = await msbuildLaunch(cwd, dotnetRoot);
  const outer = await evaluateForPublish(file, [], launch);
  let { report, imports: imported } = outer;
  const frameworks = (outer.report.Properties?.TargetFrameworks ?? "").split(";").map((framework) => framework.trim()).filter(Boolean);
  if (!outer.report.Properties?.TargetFramework && frameworks.length > 0) {
    const framework = pickFramework(frameworks);
    if (framework) ({ report, imports: imported } = await evaluateForPublish(file, [`-p:TargetFramework=${framework}`], launch));
  }
  const reported = { ...report.Properties };
  const itemsOf = (name) => report.Items?.[name] ?? [];
  const frameworkReferences = itemsOf("FrameworkReference").map((item) => item.Identity);
  const picked = sdkBaseImage({ ...reported, frameworkReferences });
  const properties = Object.fromEntries(evaluatedProperties.flatMap((name) => reported[name] ? [[name, reported[name]]] : []));
  if (reported.UseCurrentRuntimeIdentifier?.toLowerCase() === "true") {
    if (properties.ContainerRuntimeIdentifier === properties.RuntimeIdentifier) delete properties.ContainerRuntimeIdentifier;
    delete properties.RuntimeIdentifier;
  }
  if (outer.report.Properties?.TargetFrameworks) properties.TargetFrameworks = outer.report.Properties.TargetFrameworks;
  const sdkRoot = reported.MSBuildExtensionsPath ? node_path_default.dirname(node_path_default.dirname(node_path_default.resolve(reported.MSBuildExtensionsPath))) : void 0;
  const notOwn = [sdkRoot, reported.NuGetPackageRoot, node_process_default.env["NUGET_PACKAGES"], node_path_default.join(node_os_default.homedir(), ".nuget", "packages"), reported.MSBuildUserExtensionsPath, reported.MSBuildProjectExtensionsPath];
  const notOwnFile = insideAny(notOwn);
  const imports = [file, ...(imported ?? fallbackImports).filter((name) => !notOwnFile(name))];
  const own = await readMsbuild(file, node_path_default.basename(file));
  const execCommands = (await Promise.all(imports.map(async (name) => readMsbuild(name, name).then((read) => read.execCommands ?? [], () => [])))).flat();
  return {
    evaluator: "msbuild",
    file,
    properties,
    conditions: {},
    setIn: {},
    sdks: own.sdks ?? [],
    frameworkReferences,
    packageReferences: itemsOf("PackageReference").map((item) => item.Identity),
    projectReferences: [...new Set(itemsOf("ProjectReference").map((item) => item.FullPath ?? node_path_default.resolve(cwd, item.Identity)))],
    containerPorts: itemsOf("ContainerPort").map((item) => [item.Identity, item.Type].filter(Boolean).join("/")),
    containerEnvironment: Object.fromEntries(itemsOf("ContainerEnvironmentVariable").map((item) => [item.Identity, item.Value ?? ""])),
    imports: [...new Set(imports)],
    execCommands,
    unseen: [],
    ...picked ? { sdkBaseImage: picked } : {}
  };
}
var import_node_fs6, EvaluationFailed, sdkNotFound, NoSdk, publishArguments, pathProperties, items2, maxReasonLength;
var init_msbuild_evaluation = __esm({
  "source/project/msbuild-evaluation.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs6 = require("node:fs");
    init_node_os();
    init_node_path();
    init_node_process();
    init_shown_text();
    init_evaluation();
    init_bounded_dotnet();
    init_imports_archive();
    init_msbuild_launch();
    init_msbuild_run_settings();
    init_msbuild();
    init_sdk_base_image();
    EvaluationFailed = class extends Error {
      constructor(message, aboutProject = false) {
        super(message);
        this.aboutProject = aboutProject;
      }
      aboutProject;
      name = "EvaluationFailed";
    };
    sdkNotFound = /A compatible \.NET SDK was not found/;
    NoSdk = class extends Error {
      name = "NoSdk";
    };
    publishArguments = ["-p:Configuration=Release", "-p:_IsPublishing=true"];
    pathProperties = ["MSBuildExtensionsPath", "MSBuildUserExtensionsPath", "NuGetPackageRoot", "MSBuildProjectExtensionsPath", "UseCurrentRuntimeIdentifier"];
    items2 = ["ProjectReference", "FrameworkReference", "PackageReference", "ContainerPort", "ContainerEnvironmentVariable"];
    maxReasonLength = 240;
  }
});

// source/project/evaluate.ts
function withXmlOrigins(evaluation, xml) {
  const same = (name) => xml.properties[name] !== void 0 && xml.properties[name].toLowerCase() === evaluation.properties[name]?.toLowerCase();
  const pick2 = (record) => Object.fromEntries(Object.entries(record).filter(([name]) => same(name)));
  return { ...evaluation, setIn: pick2(xml.setIn), conditions: pick2(xml.conditions) };
}
async function evaluateProject(file, options2) {
  const { mode, shown: shown3, pickFramework, cacheExtra = "" } = options2;
  const xml = await evaluateWithXml(file, shown3);
  if (mode === "xml") return { evaluation: xml };
  const { cachedEvaluation: cachedEvaluation2, dotnetOnPath: dotnetOnPath2, storeEvaluation: storeEvaluation2 } = await Promise.resolve().then(() => (init_evaluation_cache(), evaluation_cache_exports));
  const dotnetRoot = await dotnetOnPath2();
  let reason;
  if (dotnetRoot) {
    const cached = await cachedEvaluation2(file, dotnetRoot, cacheExtra);
    if (cached && "evaluation" in cached) return { evaluation: withXmlOrigins(cached.evaluation, xml) };
    if (cached) {
      reason = cached.failure;
    } else {
      const { EvaluationFailed: EvaluationFailed2, evaluateWithMsbuild: evaluateWithMsbuild2, NoSdk: NoSdk2 } = await Promise.resolve().then(() => (init_msbuild_evaluation(), msbuild_evaluation_exports));
      try {
        const evaluation = await evaluateWithMsbuild2(file, pickFramework, xml.imports, dotnetRoot);
        await storeEvaluation2({ evaluation }, dotnetRoot, cacheExtra);
        return { evaluation: withXmlOrigins(evaluation, xml) };
      } catch (error) {
        if (!(error instanceof EvaluationFailed2 || error instanceof NoSdk2)) throw error;
        reason = error instanceof NoSdk2 ? noSdkReason : `MSBuild could not evaluate ${shown3(file)} (${error.message})`;
        if (error instanceof EvaluationFailed2 && error.aboutProject) {
          await storeEvaluation2({ failure: reason, file, files: xml.imports }, dotnetRoot, cacheExtra);
        }
      }
    }
  } else {
    reason = noSdkReason;
  }
  if (mode === "msbuild") throw new InputError(`--detect msbuild: ${reason}.`);
  return { evaluation: xml, fallback: reason };
}
var detectModes, noSdkReason;
var init_evaluate = __esm({
  "source/project/evaluate.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_xml_evaluation();
    detectModes = ["auto", "msbuild", "xml"];
    noSdkReason = "the .NET SDK (dotnet) is not on PATH";
  }
});

// source/grammar/command-argument.ts
var pathArgument, builderNamePattern;
var init_command_argument = __esm({
  "source/grammar/command-argument.ts"() {
    "use strict";
    init_define_PACKAGE();
    pathArgument = (file) => file.startsWith("-") ? `./${file}` : file;
    builderNamePattern = /^[a-zA-Z][a-zA-Z0-9._-]*$/;
  }
});

// source/grammar/posix-shell.ts
function shellWord(argument) {
  if (plainWord.test(argument) && !/^[=~]/.test(argument)) return argument;
  return `'${argument.replaceAll("'", `'\\''`)}'`;
}
var plainWord, shellCommand;
var init_posix_shell = __esm({
  "source/grammar/posix-shell.ts"() {
    "use strict";
    init_define_PACKAGE();
    plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;
    shellCommand = (argv) => argv.map(shellWord).join(" ");
  }
});

// source/render/run-mounts.ts
function runWith(mounts, command) {
  return mounts.length === 0 ? `RUN ${command}` : `RUN ${[...mounts, command].join(" \\\n    ")}`;
}
function restoreMounts(project, dialect) {
  const secret = project.secretNugetConfig;
  if (dialect.runMounts === false) {
    if (secret) throw new InputError(`${secret} holds feed credentials, which the build mounts as a secret with RUN --mount: this engine version has no RUN --mount (buildah 1.28 and podman 4.3 do): upgrade it, or build with --engine docker or sdk.`);
    return [];
  }
  return [packageCache, ...secret ? [`--mount=type=secret,id=${nugetSecretId},target=/source/${secret}`] : []];
}
function publishMounts(dialect) {
  return dialect.runMounts === false ? [] : [packageCache];
}
function restoreComment(project, dialect) {
  const lines2 = ["# Restore as its own layer: a builder that caches layers reruns it only when a project file changes"];
  if (dialect.runMounts !== false) lines2.push("# The NuGet cache mount keeps packages between builds: a new package is the only download");
  if (project.secretNugetConfig) lines2.push(`# ${project.secretNugetConfig} holds feed credentials: mounted as a build secret for restore, never copied`);
  return lines2;
}
var nugetSecretId, packageCache;
var init_run_mounts = __esm({
  "source/render/run-mounts.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    nugetSecretId = "nugetconfig";
    packageCache = "--mount=type=cache,id=nuget,target=/root/.nuget/packages";
  }
});

// source/render/build-command.ts
function attestationArguments(output) {
  return output === "load" ? [] : ["--sbom=true", "--provenance=mode=max"];
}
function nugetSecretArguments(file) {
  return file === void 0 ? [] : ["--secret", secretSource(nugetSecretId, pathArgument(file))];
}
function platformList(recommendation2) {
  return recommendation2.answers.arch.map((architecture2) => platforms[architecture2].platform).join(",");
}
function checkBuilderName(name) {
  if (!builderNamePattern.test(name)) throw new InputError(`--builder: ${shownValue(name)} is not a buildx builder name (a letter, then letters, digits, ".", "-" and "_").`);
  return name;
}
function buildxArguments(recommendation2, options2) {
  const output = options2.output === "load" ? ["--load"] : options2.output === "push" ? ["--push"] : options2.output === "digest" ? ["--output", pushByDigest] : ["--output", ociOutput(options2.output.oci)];
  return [
    "buildx",
    "build",
    ...options2.builder ? ["--builder", checkBuilderName(options2.builder)] : [],
    "--platform",
    options2.platforms ?? platformList(recommendation2),
    "--tag",
    options2.image,
    ...(options2.moreTags ?? []).flatMap((tag2) => ["--tag", tag2]),
    ...options2.dockerfile ? ["--file", pathArgument(options2.dockerfile)] : [],
    ...nugetSecretArguments(options2.nugetSecret),
    ...attestationArguments(options2.output),
    ...output,
    ...options2.cache ? ["--cache-from", options2.cache.from, "--cache-to", options2.cache.to] : [],
    ...options2.metadataFile ? ["--metadata-file", pathArgument(options2.metadataFile)] : [],
    pathArgument(options2.context ?? ".")
  ];
}
function imagetoolsCreateArguments(tags, sources2) {
  return ["buildx", "imagetools", "create", ...tags.flatMap((tag2) => ["--tag", tag2]), ...sources2];
}
function registryPlaceholder(engine = "dockerfile") {
  return engine === "sdk" ? "registry.example.com" : "REGISTRY";
}
function imageToPush(image2, placeholder = registryPlaceholder()) {
  return image2.includes("/") ? image2 : `${placeholder}/${image2}`;
}
function buildxCommandLine(recommendation2, options2) {
  return shellCommand(["docker", ...buildxArguments(recommendation2, options2)]);
}
function shownBuildxLine(recommendation2, options2) {
  const push = recommendation2.answers.arch.length > 1;
  return buildxCommandLine(recommendation2, { ...options2, image: push ? imageToPush(options2.image) : options2.image, output: push ? "push" : "load" });
}
function placeholderNote(recommendation2, image2) {
  return recommendation2.answers.arch.length > 1 && imageToPush(image2) !== image2 ? `replace ${registryPlaceholder()} with your registry: the build pushes the image there` : void 0;
}
function publishContainerArguments(recommendation2, options2) {
  const architectures3 = recommendation2.answers.arch;
  const single = architectures3.length === 1 ? recommendation2.musl ? ["-r", recommendation2.runtimeIdentifiers[0]] : ["-a", platforms[architectures3[0]].rid] : [];
  return ["publish", ...options2.project ? [options2.project] : [], ...options2.framework ? ["-f", options2.framework] : [], "-c", "Release", "/t:PublishContainer", ...single];
}
function splitImage(image2) {
  const slash = image2.lastIndexOf("/");
  const colon = image2.lastIndexOf(":");
  return colon > slash ? [image2.slice(0, colon), image2.slice(colon + 1)] : [image2, void 0];
}
var pushByDigest;
var init_build_command = __esm({
  "source/render/build-command.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_resolve();
    init_buildx_output();
    init_command_argument();
    init_posix_shell();
    init_shown_text();
    init_run_mounts();
    pushByDigest = "type=image,push-by-digest=true,name-canonical=true,push=true";
  }
});

// source/render/ci-apps.ts
function parseCiJobs(value) {
  const form = value.trim().toLowerCase();
  if (!ciJobForms.includes(form)) throw new InputError(`--ci-jobs: ${shownValue(value)} is not a form of CI job (accepted: ${ciJobForms.join(", ")}).`);
  return form;
}
function ciForm(apps, asked) {
  const native = apps.filter((app) => cannotCrossCompile(app) && app.recommendation.answers.arch.length > 1);
  if (asked === "single" && native.length > 0) {
    const { answers } = native[0].recommendation;
    throw new InputError(`--ci-jobs single: Native AOT on ${osNames[answers.os]} cannot cross-compile, so ${answers.arch.join(" and ")} each need a runner of their own: use --ci-jobs per-arch.`);
  }
  return asked ?? (native.length > 0 ? "per-arch" : "single");
}
function runnerFor(app, architecture2, runners) {
  const native = runners.native[architecture2];
  if (native) return { runner: native, verdict: "native" };
  if (!cannotCrossCompile(app)) return { runner: runners.cross, verdict: "cross" };
  const { answers } = app.recommendation;
  throw new InputError(`${runners.service} has no ${platforms[architecture2].platform} runner, and Native AOT on ${osNames[answers.os]} cannot cross-compile: drop ${architecture2} from --arch for CI.`);
}
function ciBuilds(apps, form, runners) {
  return apps.flatMap((app, index) => {
    const { arch } = app.recommendation.answers;
    const name = appName(app);
    if (form === "per-arch" || arch.length === 1) {
      return arch.map((architecture2) => ({ app, index, name, key: form === "per-arch" ? `${name}-${architecture2}` : name, platforms: [platforms[architecture2].platform], ...runnerFor(app, architecture2, runners) }));
    }
    return [{ app, index, name, key: name, platforms: arch.map((architecture2) => platforms[architecture2].platform), runner: runners.cross, verdict: "cross" }];
  });
}
function ciBuildArguments(recommendation2, form, cache2, extraTag, metadataFile) {
  const v = jobVariables;
  const byDigest = form === "per-arch";
  return buildxArguments(recommendation2, {
    image: byDigest ? v.image : `${v.image}:${v.tag}`,
    ...byDigest ? {} : { moreTags: [`${v.image}:${extraTag}`] },
    output: byDigest ? "digest" : "push",
    platforms: v.platforms,
    dockerfile: v.dockerfile,
    context: v.context,
    cache: cache2,
    ...byDigest ? { metadataFile } : {}
  });
}
function ciMergeArguments(extraTag) {
  return imagetoolsCreateArguments([`${jobVariables.image}:${jobVariables.tag}`, `${jobVariables.image}:${extraTag}`], ["$@"]);
}
var ciJobForms, appName, cannotCrossCompile, jobVariables, ciPath;
var init_ci_apps = __esm({
  "source/render/ci-apps.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_resolve();
    init_command_argument();
    init_shown_text();
    init_build_command();
    ciJobForms = ["per-arch", "single"];
    appName = (app) => app.image.repository.split("/").at(-1);
    cannotCrossCompile = (app) => app.recommendation.buildMode === "emulated";
    jobVariables = { image: "${IMAGE}", platforms: "${PLATFORMS}", context: "${CONTEXT}", dockerfile: "${DOCKERFILE}", tag: "${TAG}", cacheKey: "${CACHE_KEY}" };
    ciPath = (file) => pathArgument(file);
  }
});

// source/render/file-kinds.ts
function parseFileKinds(value) {
  if (value === void 0) return { kinds: [...defaultFileKinds], explicit: false, bots: [] };
  const parts = value.split(",").map((part) => part.trim().toLowerCase()).filter(Boolean);
  const unknown = parts.find((part) => part !== "all" && !fileKinds.includes(part) && !botKinds.includes(part));
  if (unknown) throw new InputError(`--output: unknown file ${shownValue(unknown)} (accepted: ${[...fileKinds, ...botKinds].join(", ")}, all).`);
  const bots = botKinds.filter((kind) => parts.includes(kind));
  const named3 = parts.filter((part) => fileKinds.includes(part));
  if (parts.length === 0 || parts.includes("all")) return { kinds: [.../* @__PURE__ */ new Set([...fileKinds.filter((kind) => !namedOnlyKinds.includes(kind)), ...named3])], explicit: false, bots };
  return { kinds: [...new Set(named3)], explicit: true, bots };
}
var fileKinds, ciKinds, isCiKind, namedOnlyKinds, defaultFileKinds, botKinds;
var init_file_kinds = __esm({
  "source/render/file-kinds.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_shown_text();
    fileKinds = [
      "dockerfile",
      "dockerignore",
      "zerops",
      "csproj",
      "compose",
      "github-actions",
      "gitlab-ci"
    ];
    ciKinds = ["github-actions", "gitlab-ci"];
    isCiKind = (kind) => ciKinds.includes(kind);
    namedOnlyKinds = ciKinds;
    defaultFileKinds = fileKinds.filter((kind) => kind !== "compose" && !namedOnlyKinds.includes(kind));
    botKinds = ["renovate", "dependabot"];
  }
});

// source/runner/base-registry.ts
function parseBaseRegistry(value) {
  const trimmed = value.replace(/\/+$/, "");
  if (/^[a-z]+:\/\//i.test(trimmed)) throw new InputError(`--base-registry: ${shownValue(value)} has a scheme: give the registry as HOST[:PORT][/PATH] (plain HTTP is --insecure).`);
  if (!mirrorPattern.test(trimmed)) throw new InputError(`--base-registry: ${shownValue(value)} is not a registry like registry.example.com or registry.example.com:5000/mcr.`);
  if (registryOf(`${trimmed}/dotnet/aspnet`) === void 0) throw new InputError(`--base-registry: ${shownValue(value)} would be read as a Docker Hub namespace, not a host: give the host with its domain or port (${trimmed.split("/")[0]}:5000, registry.example.com).`);
  return trimmed;
}
function mirrored(reference3, mirror) {
  return mirror && reference3.startsWith(`${officialRegistry}/`) ? `${mirror}/${reference3.slice(officialRegistry.length + 1)}` : reference3;
}
function withBaseRegistry(recommendation2, mirror) {
  if (!mirror) return recommendation2;
  return {
    ...recommendation2,
    build: { ...recommendation2.build, reference: mirrored(recommendation2.build.reference, mirror) },
    runtime: { ...recommendation2.runtime, reference: mirrored(recommendation2.runtime.reference, mirror) }
  };
}
function registryOf(reference3) {
  const slash = reference3.indexOf("/");
  if (slash <= 0) return void 0;
  const first = reference3.slice(0, slash);
  return /[.:]/.test(first) || first === "localhost" ? first : void 0;
}
var officialRegistry, component, label, mirrorPattern;
var init_base_registry = __esm({
  "source/runner/base-registry.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_shown_text();
    officialRegistry = "mcr.microsoft.com";
    component = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    label = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    mirrorPattern = new RegExp(`^(?:${label}(?:\\.${label})*|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?(?:/${component})*$`);
  }
});

// source/runner/engines/engine.ts
function parseEngine(value, flag = "--engine") {
  const name = Object.hasOwn(spellings, value.toLowerCase()) ? spellings[value.toLowerCase()] : void 0;
  if (!name) throw new InputError(`${flag}: ${shownValue(value)} is not a build engine (accepted: ${engineNames.join(", ")}).`);
  return name;
}
var engineNames, spellings;
var init_engine = __esm({
  "source/runner/engines/engine.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_shown_text();
    engineNames = ["docker", "podman", "buildah", "sdk"];
    spellings = { docker: "docker", buildx: "docker", podman: "podman", buildah: "buildah", sdk: "sdk", dotnet: "sdk" };
  }
});

// source/cli/flags.ts
function checkDotnetVersion(value) {
  if (!/^(?:net)?\d+(?:\.\d+)?$/i.test(value.trim())) throw new InputError(`--dotnet: ${shownValue(value)} is not a .NET version like 10.0.`);
}
function checkDetectMode(value) {
  if (!detectModes.includes(value.trim().toLowerCase())) throw new InputError(`--detect: ${shownValue(value)} is not a reader (accepted: msbuild, xml).`);
}
function helpText() {
  const lines2 = [
    "Usage",
    "  $ dotnet-image-wizard [options]",
    "  $ dotnet-image-wizard doctor [PATH...] [options]   check existing Dockerfiles (doctor --help)",
    "",
    "Picks the official mcr.microsoft.com/dotnet images for your app and generates the",
    "Dockerfile, .dockerignore, zerops.yml and SDK container properties. Without --yes",
    "in a terminal it asks its questions one by one."
  ];
  for (const [group, title] of Object.entries(groupTitles)) {
    lines2.push("", title);
    for (const [name, spec] of Object.entries(flags)) {
      if (spec.group !== group) continue;
      const left = `${spec.shortFlag ? `-${spec.shortFlag}, ` : "    "}--${kebab(name)}${spec.value ? ` ${spec.value}` : ""}`;
      lines2.push(`  ${left.padEnd(28)} ${spec.help}`);
    }
  }
  lines2.push(
    "      --help                   show this help",
    "      --version                show the version",
    "",
    "Exit codes: 0 done, 1 failure (build failed, file system error), 2 bad input or an",
    "impossible combination, 130 cancelled.",
    "",
    "Examples",
    "  $ dotnet-image-wizard --yes --project src/Api",
    "  $ dotnet-image-wizard --dotnet 10.0 --app web --deploy aot --shell no --os ubuntu --arch amd64,arm64 --json",
    "  $ dotnet-image-wizard --yes --output dockerfile > Dockerfile",
    "  $ dotnet-image-wizard --yes --write --build --push --image registry.example.com/api:1.0",
    "  $ dotnet-image-wizard --refresh && dotnet-image-wizard --yes --verify"
  );
  return lines2.join("\n");
}
function unknownFlagError(argv) {
  const known = /* @__PURE__ */ new Set(["help", "version", ...Object.keys(flags).map(kebab)]);
  const shorts = /* @__PURE__ */ new Set(["h", ...Object.values(flags).flatMap((spec) => "shortFlag" in spec ? [spec.shortFlag] : [])]);
  for (const token of argv) {
    if (token === "--") break;
    const long = /^--([^=]+)/.exec(token)?.[1];
    if (long !== void 0 && !known.has(long)) {
      const close = [...known].find((name) => name.startsWith(long.slice(0, 3)));
      return `unknown flag --${long}${close ? ` (did you mean --${close}?)` : ""}. See --help.`;
    }
    const short2 = /^-([^-].*)$/.exec(token)?.[1];
    if (short2 !== void 0 && ![...short2].every((letter) => shorts.has(letter))) return `unknown flag ${token}. See --help.`;
  }
  return void 0;
}
var flags, answerFlags, kebab, groupTitles;
var init_flags = __esm({
  "source/cli/flags.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_resolve();
    init_buildx_output();
    init_image_name();
    init_shown_text();
    init_evaluate();
    init_build_command();
    init_ci_apps();
    init_file_kinds();
    init_base_registry();
    init_engine();
    flags = {
      dotnet: { type: "string", value: "VERSION", answer: "dotnet", group: "answers", check: checkDotnetVersion, help: `.NET version: ${dotnetVersions().join(", ")} (default: newest supported LTS)` },
      app: { type: "string", value: "KIND", answer: "app", group: "answers", help: "web (ASP.NET Core) or console (worker/console app)" },
      deploy: { type: "string", value: "MODE", answer: "deploy", group: "answers", help: "framework, self-contained or aot (Native AOT)" },
      startup: { type: "string", value: "MODE", answer: "startup", group: "answers", help: "jit, readytorun or composite (aspnet composite image)" },
      shell: { type: "string", value: "yes/no", answer: "shell", group: "answers", help: "need a shell and package manager in production? no = chiseled/distroless" },
      globalization: { type: "string", value: "MODE", answer: "globalization", group: "answers", help: "invariant, or icu (culture data and time zones)" },
      os: { type: "string", value: "DISTRO", answer: "os", group: "answers", help: "ubuntu, debian, alpine or azurelinux" },
      arch: { type: "string", value: "LIST", answer: "arch", group: "answers", help: "amd64, arm64, arm, comma-separated (default: amd64,arm64)" },
      rollForward: { type: "boolean", group: "answers", help: "let a framework-dependent app built for an older .NET start on the image's newer runtime (ENV DOTNET_ROLL_FORWARD=Major)" },
      yes: { type: "boolean", shortFlag: "y", group: "answers", help: "take detected, saved or default answers for the rest; never prompt" },
      json: { type: "boolean", group: "output", help: "print the recommendation (and files asked for with --output) as JSON" },
      explain: { type: "boolean", group: "output", help: "print reasons, trade-offs, alternatives and answer sources in full" },
      output: { type: "string", value: "FILES", group: "output", check: parseFileKinds, help: "print generated files: dockerfile, dockerignore, zerops, csproj, compose or all (comma-separated); github-actions, gitlab-ci when named; renovate, dependabot with --pin" },
      write: { type: "string", value: "[DIR]", group: "output", help: "write the files: Dockerfile and container.props in the app's folder, .dockerignore (merged with yours) and zerops.yml at the build context; or all into DIR" },
      ciJobs: { type: "string", value: "FORM", group: "output", check: parseCiJobs, help: "CI files: per-arch (a job per architecture on native runners, then a merge job) or single (one cross-compiling job); default: per-arch only where Native AOT cannot cross-compile" },
      force: { type: "boolean", group: "output", help: "let --write overwrite files that already exist" },
      plain: { type: "boolean", group: "output", help: "ask the questions line by line, with no redraws or colour (automatic when TERM=dumb)" },
      today: { type: "string", value: "DATE", group: "output", help: "judge support dates as of DATE (YYYY-MM-DD) instead of today" },
      releases: { type: "string", value: "FILE", group: "output", help: "use a newer .NET releases-index.json for support dates" },
      project: { type: "string", value: "PATH", group: "project", help: "project (.csproj, .fsproj, .vbproj), solution (.sln, .slnx, .slnf) or folder to detect answers from (default: current folder)" },
      all: { type: "boolean", group: "project", help: "every runnable app of the solution, folder or Aspire app host (--project, else the solution above this folder): a Dockerfile in each app's folder" },
      apps: { type: "string", value: "LIST", group: "project", help: "the apps to take, by project name (comma-separated), as --all does" },
      context: { type: "string", value: "DIR", group: "project", help: "build context for the Dockerfile (default: the app's folder, widened up to the repository root as restore needs)" },
      detect: { type: "string", value: "READER", group: "project", check: checkDetectMode, help: "msbuild (dotnet msbuild, the default when the SDK is on PATH) or xml (read the files, no SDK)" },
      config: { type: "string", value: "FILE", group: "project", help: "read saved answers from FILE instead of searching for a config file" },
      save: { type: "boolean", group: "project", help: "save the answers to .dotnet-image-wizardrc.json for the next run" },
      build: { type: "boolean", group: "build", help: "run the build after generating (with --engine, or the first engine installed)" },
      engine: { type: "string", value: "ENGINE", group: "build", check: parseEngine, help: "docker (buildx), podman, buildah or sdk (dotnet publish /t:PublishContainer); default: the first that runs, in that order" },
      builder: { type: "string", value: "NAME", group: "build", check: checkBuilderName, help: "docker buildx builder instance to build with (--engine docker)" },
      image: { type: "string", value: "NAME", group: "build", check: (value) => imageToBuild(value, "--image"), help: "image name and tag to build (default: project name, lower case, :latest)" },
      push: { type: "boolean", group: "build", help: "push the built image (needed for multi-platform images without an OCI archive)" },
      oci: { type: "string", value: "FILE", group: "build", check: ociOutput, help: "write a multi-platform image to an OCI archive instead of loading or pushing it" },
      baseRegistry: { type: "string", value: "HOST", group: "build", check: parseBaseRegistry, help: "pull the base images from a mirror of mcr.microsoft.com, HOST[:PORT][/PATH] (files and build)" },
      insecure: { type: "boolean", group: "build", help: "allow plain HTTP to the registries of --image and --base-registry (podman, buildah, sdk)" },
      dryRun: { type: "boolean", group: "build", help: "print the exact build commands without running them" },
      refresh: { type: "boolean", group: "catalog", help: "download the current tags and support dates from dotnet-docker and the .NET releases index" },
      offline: { type: "boolean", group: "catalog", help: "use only the catalog built into this version; no network, no cache" },
      verify: { type: "boolean", group: "catalog", help: "ask the registry for each recommended tag: every platform there, and its digests" },
      pin: { type: "boolean", group: "catalog", help: "write every FROM and ContainerBaseImage as tag@sha256:digest, as the registry --verify asks serves it" },
      noPin: { type: "boolean", group: "catalog", help: 'leave the base images as tags this run, though the saved answers say "pin": true' },
      manifestBase: { type: "string", value: "URL", group: "catalog", help: "where manifest.json and manifest.versions.json are (env DOTNET_IMAGE_WIZARD_MANIFEST_BASE)" },
      releasesBase: { type: "string", value: "URL", group: "catalog", help: "where releases-index.json is (env DOTNET_IMAGE_WIZARD_RELEASES_BASE)" },
      registry: { type: "string", value: "URL", group: "catalog", help: "the registry --verify asks (default: https://mcr.microsoft.com; env DOTNET_IMAGE_WIZARD_REGISTRY)" }
    };
    answerFlags = Object.entries(flags).filter(([, spec]) => "answer" in spec).map(([name, spec]) => ({ name, answer: spec.answer }));
    kebab = (name) => name.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    groupTitles = { answers: "Answers", output: "Output", project: "Project and config", build: "Build", catalog: "Catalog" };
  }
});

// source/catalog/staleness.ts
function byDate(entries) {
  const dates = [...new Set(entries.map((entry) => entry.date))].sort();
  return dates.map((date) => `${versionList(entries.filter((entry) => entry.date === date).map((entry) => entry.dotnet))} (${date})`);
}
function stalenessWarning(catalog, today) {
  const { lifecycle: lifecycle2, source } = catalog;
  const released = lifecycle2.filter((entry) => (entry.supportPhase === "preview" || entry.minorTag.includes("preview")) && entry.gaDate !== null && entry.gaDate <= today).map((entry) => ({ dotnet: entry.dotnet, date: entry.gaDate }));
  const ended = lifecycle2.filter((entry) => entry.eolDate !== null && entry.eolDate > source.date && entry.eolDate <= today).map((entry) => ({ dotnet: entry.dotnet, date: entry.eolDate }));
  if (released.length === 0 && ended.length === 0) return void 0;
  const events = [
    ...released.length > 0 ? [`${byDate(released).join(", ")} ${released.length === 1 ? "was" : "were"} due for release`] : [],
    ...ended.length > 0 ? [`${byDate(ended).join(", ")} reached end of support`] : []
  ];
  const what = source.kind === "embedded" ? "the snapshot built into this version" : "refreshed";
  return `The image catalog is from ${source.date} (${what}); since then ${events.join(", and ")}. Run \`dotnet-image-wizard --refresh\` for current tags.`;
}
var versionList;
var init_staleness = __esm({
  "source/catalog/staleness.ts"() {
    "use strict";
    init_define_PACKAGE();
    versionList = (versions) => versions.length === 1 ? `.NET ${versions[0]}` : `.NET ${versions.slice(0, -1).join(", ")} and ${versions.at(-1)}`;
  }
});

// source/engine/refusals.ts
function refusalText(refusal2) {
  return `${refusal2.message} ${refusal2.suggestion}`;
}
function refuseCombination(answers) {
  if (answers.arch.length === 0) {
    return { code: "combination", message: "No target architecture was chosen.", suggestion: "Pass --arch amd64, arm64, arm or a comma-separated list." };
  }
  if (answers.deploy === "aot" && answers.startup !== "jit") {
    return { code: "combination", message: `Native AOT is already compiled ahead of time, so --startup ${answers.startup} does not apply to it.`, suggestion: "Drop --startup, or use --deploy framework or self-contained with ReadyToRun." };
  }
  if (answers.startup === "composite" && (answers.app !== "web" || answers.deploy !== "framework")) {
    return { code: "combination", message: "Composite images exist only for framework-dependent ASP.NET Core apps (the aspnet family).", suggestion: "Use --startup readytorun for this app, or --app web --deploy framework for composite." };
  }
  return void 0;
}
function describeImage(family, answers, wanted) {
  const variants = [wanted.composite ? "composite" : "", wanted.extra ? "extra" : ""].filter(Boolean).join(" ");
  const flavor = wanted.chiseled ? " chiseled" : wanted.distroless ? " distroless" : answers.os === "ubuntu" || answers.os === "azurelinux" ? " (full, with a shell)" : "";
  return `${variants ? `${variants} ` : ""}${family} image for .NET ${answers.dotnet} on ${osNames[answers.os]}${flavor}`;
}
function flagsFor(image2) {
  const shell = image2.distroless ? " --shell no" : image2.os === "ubuntu" || image2.os === "azurelinux" ? " --shell yes" : "";
  return `--os ${image2.os}${shell}`;
}
function archList(architectures3) {
  return architectures3.map((architecture2) => platforms[architecture2].platform).join(", ");
}
function refuseMissingImage(candidate) {
  const { answers, family, runtime, sdk: sdk2, sdkArchitectures, aotToolchain, wanted } = candidate;
  const os = osNames[answers.os];
  const sameOs = imagesWhere((image2) => image2.dotnet === answers.dotnet && image2.os === answers.os);
  if (sameOs.length === 0) {
    const versions = [...new Set(imagesWhere((image2) => image2.os === answers.os).map((image2) => image2.dotnet))];
    const others = [...new Set(imagesWhere((image2) => image2.dotnet === answers.dotnet).map((image2) => image2.os))];
    return {
      code: "no-image",
      message: `There are no ${os} images for .NET ${answers.dotnet} (${os} images exist for .NET ${versions.join(", ")}).`,
      suggestion: `Choose --os ${others.join(", --os ")}.`
    };
  }
  if (!runtime) {
    const existing = imagesWhere((image2) => image2.repo === family && image2.dotnet === answers.dotnet && image2.composite === wanted.composite && image2.extra === wanted.extra && image2.codename === releasesFor(answers.dotnet, image2.os)[0]).map((image2) => `${flagsFor(image2)} (${family}:${image2.tag})`);
    return {
      code: "no-image",
      message: `There is no ${describeImage(family, answers, wanted)}.`,
      suggestion: existing.length > 0 ? `Choose ${existing.join(", or ")}.` : `Choose another --os${wanted.composite ? " or --startup" : ""}.`
    };
  }
  const missingRuntimeArch = answers.arch.filter((architecture2) => !runtime.architectures.includes(architecture2));
  if (missingRuntimeArch.length > 0) {
    const alternatives = [...new Set(imagesWhere((image2) => image2.repo === family && image2.dotnet === answers.dotnet && image2.extra === runtime.extra && image2.composite === runtime.composite && answers.arch.every((architecture2) => image2.architectures.includes(architecture2))).map((image2) => image2.os))];
    return {
      code: "architecture",
      message: `${family}:${runtime.tag} has no ${archList(missingRuntimeArch)} image (it exists for ${archList(runtime.architectures)}).`,
      suggestion: alternatives.length > 0 ? `For ${archList(answers.arch)} choose --os ${alternatives.join(" or --os ")}, or drop ${missingRuntimeArch.join(", ")} from --arch.` : `Drop ${missingRuntimeArch.join(", ")} from --arch.`
    };
  }
  if (!sdk2 || aotToolchain === void 0) {
    return {
      code: "no-image",
      message: `Native AOT on ${os} needs the sdk -aot images, which exist from .NET 10.0 on (there is no ${os} AOT toolchain image for .NET ${answers.dotnet}).`,
      suggestion: `Use --dotnet 10.0 or later, --os ubuntu, or --deploy self-contained.`
    };
  }
  const missingSdkArch = sdkArchitectures.filter((architecture2) => !sdk2.architectures.includes(architecture2));
  if (missingSdkArch.length > 0) {
    return {
      code: "architecture",
      message: `sdk:${sdk2.tag} exists only for ${archList(sdk2.architectures)}, so ${answers.deploy === "aot" ? "Native AOT" : "the build"} cannot target ${archList(missingSdkArch)}.`,
      suggestion: answers.deploy === "aot" ? `Use --deploy self-contained for ${missingSdkArch.join(", ")}, or drop it from --arch.` : `Drop ${missingSdkArch.join(", ")} from --arch.`
    };
  }
  return void 0;
}
var init_refusals = __esm({
  "source/engine/refusals.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
  }
});

// source/engine/sizes.ts
function flavorOf(image2) {
  if (image2.chiseled) return "chiseled";
  if (image2.distroless) return "distroless";
  return image2.os === "alpine" ? "alpine" : "full";
}
function estimatedSize(runtime, deploy) {
  const base = baseImage[runtime.repo]?.[flavorOf(runtime)] ?? 0;
  return base + (runtime.extra ? extraDelta : 0) + (runtime.os === "debian" ? debianDelta : 0) + appLayer[deploy];
}
var baseImage, debianDelta, extraDelta, appLayer;
var init_sizes = __esm({
  "source/engine/sizes.ts"() {
    "use strict";
    init_define_PACKAGE();
    baseImage = {
      "runtime-deps": { full: 44, chiseled: 5, distroless: 8, alpine: 4 },
      runtime: { full: 78, chiseled: 38, distroless: 41, alpine: 37 },
      aspnet: { full: 88, chiseled: 48, distroless: 51, alpine: 47 }
    };
    debianDelta = -2;
    extraDelta = 15;
    appLayer = { framework: 5, "self-contained": 17, aot: 7 };
  }
});

// source/engine/recommend.ts
function runtimeFamily(answers) {
  if (answers.deploy !== "framework") return "runtime-deps";
  return answers.app === "web" ? "aspnet" : "runtime";
}
function wantsDistroless(answers) {
  return answers.shell === "no" && (answers.os === "ubuntu" || answers.os === "azurelinux");
}
function recommend(answers, today) {
  const outcome = plan(answers);
  if (!outcome.ok) return outcome;
  const chosen = outcome.plan;
  return {
    ok: true,
    recommendation: {
      ...chosen,
      support: supportStatus(answers.dotnet, today),
      tradeoffs: tradeoffsOf(chosen),
      warnings: warningsFor(chosen, today),
      alternatives: alternativesFor(chosen)
    }
  };
}
function plan(answers) {
  const combination = refuseCombination(answers);
  if (combination) return { ok: false, refusal: combination };
  const family = runtimeFamily(answers);
  const distroless = wantsDistroless(answers);
  const extra = answers.globalization === "icu" && (distroless || answers.os === "alpine");
  const composite = answers.deploy === "framework" && answers.startup === "composite";
  const aot = answers.deploy === "aot";
  const wanted = { distroless, chiseled: distroless && answers.os === "ubuntu", extra, composite };
  let firstMiss;
  for (const codename of releasesFor(answers.dotnet, answers.os)) {
    const base = { dotnet: answers.dotnet, os: answers.os, codename };
    const runtime = findImage({ ...base, repo: family, distroless, extra, composite, aot: false });
    const aotSdk = aot ? findImage({ ...base, repo: "sdk", distroless: false, extra: false, composite: false, aot: true }) : void 0;
    const sdk2 = aotSdk ?? findImage({ ...base, repo: "sdk", distroless: false, extra: false, composite: false, aot: false });
    const buildMode = !aot ? "cross" : aotSdk && answers.os === "ubuntu" ? "cross-aot" : "emulated";
    const aotToolchain = aot && !aotSdk ? aotPackages[answers.os] : [];
    const sdkArchitectures = aot ? [.../* @__PURE__ */ new Set([...buildHosts, ...answers.arch])] : buildHosts;
    const miss = refuseMissingImage({ answers, family, runtime, sdk: sdk2, sdkArchitectures, aotToolchain, wanted });
    if (miss) {
      firstMiss ??= miss;
      continue;
    }
    return {
      ok: true,
      plan: {
        answers,
        build: { image: sdk2, reference: reference(sdk2), reasons: buildReasons(sdk2, answers, buildMode) },
        runtime: { image: runtime, reference: reference(runtime), reasons: runtimeReasons(runtime, answers, codename) },
        buildMode,
        musl: answers.os === "alpine",
        runtimeIdentifiers: answers.arch.map((architecture2) => `linux-${answers.os === "alpine" ? "musl-" : ""}${platforms[architecture2].rid}`),
        aotToolchain: aotToolchain ?? []
      }
    };
  }
  const noRelease = { answers, family, runtime: void 0, sdk: void 0, sdkArchitectures: buildHosts, aotToolchain: [], wanted };
  return { ok: false, refusal: firstMiss ?? refuseMissingImage(noRelease) };
}
function describe(id, value, answers) {
  return optionFor(id, value, answers)?.description ?? value;
}
function runtimeReasons(runtime, answers, codename) {
  const reasons2 = [
    `${runtime.repo}: ${answers.deploy === "framework" ? describe("app", answers.app, answers) : describe("deploy", answers.deploy, answers)}`
  ];
  if (runtime.distroless) reasons2.push(`${runtime.chiseled ? "chiseled" : "distroless"}: ${describe("shell", "no", answers)}`);
  else if (answers.os === "alpine") reasons2.push(`alpine: ${describe("os", "alpine", answers)}`);
  else reasons2.push(`${runtime.os} ${runtime.release}: ${answers.shell === "yes" ? describe("shell", "yes", answers) : "Debian has no shell-less variant"}`);
  if (runtime.extra) reasons2.push(`-extra: ${describe("globalization", "icu", answers)}`);
  else if (answers.globalization === "icu") reasons2.push(`${runtime.os} ${runtime.release} already includes ICU and tzdata`);
  if (runtime.composite) reasons2.push(`-composite: ${describe("startup", "composite", answers)}`);
  const preferred = releasesFor(answers.dotnet, answers.os)[0];
  reasons2.push(codename === preferred ? `${codename}: the ${osNames[runtime.os]} release Microsoft ships by default for .NET ${answers.dotnet}` : `${codename}: the first ${osNames[runtime.os]} release with this image for ${answers.arch.join(", ")}`);
  return reasons2;
}
function buildReasons(sdk2, answers, mode) {
  const reasons2 = ["sdk: the SDK builds and publishes the app; it stays in the build stage, never in the final image"];
  if (sdk2.aot) reasons2.push("-aot: carries the native toolchain (clang, zlib) that Native AOT links with");
  reasons2.push(`${sdk2.codename}: the same distro as the runtime image, so native dependencies match`);
  if (mode === "cross") reasons2.push("runs on the build machine's own architecture and publishes for each target with -a $TARGETARCH: no emulation");
  if (mode === "cross-aot") reasons2.push("runs natively and installs the target's C toolchain when cross-compiling, as the official cross-build samples do");
  if (mode === "emulated") reasons2.push(`Native AOT on ${osNames[answers.os]} cannot cross-compile: the build stage runs on each target architecture`);
  return reasons2;
}
function tradeoffsOf(chosen) {
  const { runtime: { image: image2 }, answers } = chosen;
  const flavor = flavorOf(image2);
  const startup = answers.deploy === "aot" ? "fastest: native code, no JIT and no runtime to load" : answers.startup === "composite" ? "faster cold start: app and framework precompiled (composite)" : answers.startup === "readytorun" ? "faster: app precompiled with ReadyToRun, framework JIT-warm" : "standard: JIT compiles code as it first runs";
  return {
    sizeMb: estimatedSize(image2, answers.deploy),
    shell: !image2.distroless,
    packageManager: image2.distroless ? null : packageManagers[image2.os],
    nonRootByDefault: image2.distroless,
    attackSurface: image2.distroless ? "smallest" : flavor === "alpine" ? "small" : "larger",
    startup,
    debugging: image2.distroless ? "no shell: debug from outside (docker debug, kubectl debug with a sidecar, dotnet-monitor)" : `shell and ${packageManagers[image2.os]} available for docker exec`
  };
}
function crossCompilingFix(answers) {
  const hasAotSdk = (dotnet2) => releasesFor(dotnet2, "ubuntu").some((codename) => findImage({ dotnet: dotnet2, os: "ubuntu", codename, repo: "sdk", distroless: false, extra: false, composite: false, aot: true }));
  if (hasAotSdk(answers.dotnet)) return "choose --os ubuntu";
  const newer2 = dotnetVersions().find((version4) => Number(version4) > Number(answers.dotnet) && hasAotSdk(version4));
  const version3 = newer2 ? `--dotnet ${newer2} or later` : "a newer .NET";
  return answers.os === "ubuntu" ? `use ${version3}` : `use ${version3} with --os ubuntu`;
}
function warningsFor(chosen, today) {
  const { answers } = chosen;
  const warnings = [];
  const support = supportStatus(answers.dotnet, today);
  if (support.phase === "eol") warnings.push({ code: "end-of-support", message: `${support.summary}: its images get no more security fixes. Move to a supported version.` });
  if (support.phase === "preview") warnings.push({ code: "preview", message: `${support.summary}; its tags (${chosen.runtime.image.tag}) move with every preview.` });
  if (chosen.buildMode === "emulated" && answers.arch.length > 0) {
    warnings.push({ code: "emulation", message: `Native AOT${answers.os === "ubuntu" ? ` for .NET ${answers.dotnet}` : ""} cannot cross-compile on ${osNames[answers.os]}: a build for an architecture other than the build machine's (${answers.arch.map((architecture2) => platforms[architecture2].platform).join(", ")}) runs the SDK under QEMU emulation, which is slow. Build on a machine of that architecture, or ${crossCompilingFix(answers)} to cross-compile.` });
  }
  if (answers.globalization === "invariant") {
    warnings.push({ code: "globalization", message: "Invariant globalization: culture-specific formatting and sorting fall back to the invariant culture, and time zones other than UTC are not found. Choose --globalization icu if the app shows dates, numbers or currency to users." });
  }
  if (answers.shell === "no" && !chosen.runtime.image.distroless) {
    warnings.push({ code: "shell", message: `${answers.os === "alpine" ? "Alpine images always have a shell (BusyBox) and apk" : "Debian images have no shell-less variant"}: for no shell at all choose --os ubuntu (chiseled) or --os azurelinux (distroless).` });
  }
  if (chosen.runtime.image.composite) {
    warnings.push({ code: "version-lock", message: "Composite images tie the app to the exact framework build in the image: the app cannot carry its own framework assemblies." });
  }
  const stale = stalenessWarning(activeCatalog(), today);
  if (stale) warnings.push({ code: "stale-catalog", message: stale });
  return warnings;
}
function alternativesFor(chosen) {
  const seen = /* @__PURE__ */ new Set([chosen.runtime.reference]);
  const alternatives = [];
  for (const { change, summary } of alternativeChanges) {
    const answers = { ...chosen.answers, ...change };
    const changed = Object.entries(change).filter(([key, value]) => chosen.answers[key] !== value);
    if (changed.length === 0) continue;
    const outcome = plan(answers);
    if (!outcome.ok || seen.has(outcome.plan.runtime.reference)) continue;
    seen.add(outcome.plan.runtime.reference);
    alternatives.push({
      runtime: outcome.plan.runtime.reference,
      build: outcome.plan.build.reference,
      change: Object.fromEntries(changed),
      summary,
      sizeMb: estimatedSize(outcome.plan.runtime.image, answers.deploy)
    });
  }
  return alternatives.sort((a, b) => a.sizeMb - b.sizeMb).slice(0, 4);
}
var packageManagers, aotPackages, buildHosts, alternativeChanges;
var init_recommend = __esm({
  "source/engine/recommend.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_lifecycle();
    init_active();
    init_staleness();
    init_questions();
    init_refusals();
    init_sizes();
    packageManagers = { ubuntu: "apt", debian: "apt", alpine: "apk", azurelinux: "tdnf" };
    aotPackages = {
      ubuntu: ["clang", "zlib1g-dev"],
      debian: ["clang", "zlib1g-dev"],
      alpine: ["clang", "build-base", "zlib-dev"]
    };
    buildHosts = ["amd64", "arm64"];
    alternativeChanges = [
      { change: { shell: "no", os: "ubuntu" }, summary: "Ubuntu chiseled: no shell, non-root by default" },
      { change: { shell: "no", os: "azurelinux" }, summary: "Azure Linux distroless: no shell, non-root by default" },
      { change: { os: "alpine" }, summary: "Alpine: small, keeps a shell and apk" },
      { change: { shell: "yes", os: "ubuntu" }, summary: "full Ubuntu: shell and apt for debugging" },
      { change: { shell: "yes", os: "debian" }, summary: "full Debian: shell and apt for debugging" },
      { change: { deploy: "aot", startup: "jit" }, summary: "Native AOT: smallest and fastest to start, if the code is AOT-compatible" },
      { change: { deploy: "self-contained" }, summary: "self-contained on runtime-deps: no shared framework in the image" },
      { change: { deploy: "framework", startup: "composite" }, summary: "composite aspnet image: faster cold start" },
      { change: { globalization: "invariant" }, summary: "invariant globalization: no ICU or tzdata in the image; set InvariantGlobalization=true in the project so the app does not look for them" }
    ];
  }
});

// source/render/json.ts
function image(choice) {
  const { image: catalogImage3, reference: reference3, reasons: reasons2 } = choice;
  return {
    reference: reference3,
    repository: `dotnet/${catalogImage3.repo}`,
    tag: catalogImage3.tag,
    os: catalogImage3.os,
    release: catalogImage3.release,
    architectures: catalogImage3.architectures,
    reasons: reasons2
  };
}
function recommendationJson(recommendation2, provenance, files, verification) {
  return {
    answers: recommendation2.answers,
    provenance,
    support: recommendation2.support,
    build: image(recommendation2.build),
    runtime: image(recommendation2.runtime),
    buildMode: recommendation2.buildMode,
    runtimeIdentifiers: recommendation2.runtimeIdentifiers,
    tradeoffs: recommendation2.tradeoffs,
    warnings: recommendation2.warnings,
    alternatives: recommendation2.alternatives,
    ...recommendation2.project ? { project: recommendation2.project } : {},
    ...files ? { files } : {},
    catalog: activeCatalog().source,
    ...verification ? { verification } : {}
  };
}
var init_json = __esm({
  "source/render/json.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_active();
  }
});

// source/grammar/shown-list.ts
function cutList(items3, limit = shownItems) {
  return items3.length <= limit ? { shown: [...items3], more: 0 } : { shown: items3.slice(0, limit), more: items3.length - limit };
}
function moreText(more, what) {
  const noun = what ? ` ${more === 1 ? what.one : what.many}` : "";
  return `+${more} more${noun}${what?.where ? ` (${what.where})` : ""}`;
}
function shownList(items3, limit = shownItems, separator = ", ") {
  const { shown: shown3, more } = cutList(items3, limit);
  return more === 0 ? shown3.join(separator) : `${shown3.join(separator)} ${moreText(more)}`;
}
var shownItems;
var init_shown_list = __esm({
  "source/grammar/shown-list.ts"() {
    "use strict";
    init_define_PACKAGE();
    shownItems = 5;
  }
});

// source/render/summary.ts
function tradeoffLines(recommendation2) {
  const { tradeoffs } = recommendation2;
  return [
    `size        \u2248 ${tradeoffs.sizeMb} MB compressed (estimate)`,
    `shell       ${tradeoffs.shell ? `yes, with ${tradeoffs.packageManager}` : "none, no package manager"}`,
    `user        ${tradeoffs.nonRootByDefault ? "non-root by default (app, UID 1654)" : "non-root via USER $APP_UID in the Dockerfile"}`,
    `surface     ${tradeoffs.attackSurface}`,
    `start-up    ${tradeoffs.startup}`,
    `debugging   ${tradeoffs.debugging}`
  ];
}
function projectLines(report) {
  const lines2 = [report.reader === "msbuild" ? `read with MSBuild (dotnet msbuild, as a Release publish evaluates ${report.file})` : `read with the XML reader${report.readerReason ? ` (${report.readerReason})` : ""}: imports it cannot follow, SDK defaults and item globs are not seen`];
  if (report.unseen.length > 0) lines2.push(`not seen: ${report.unseen.map((entry) => shownText(entry)).join("; ")}`);
  if (report.framework) lines2.push(`publishes ${report.framework} (-f ${report.framework}) of the project's target frameworks`);
  const { sdk: sdk2 } = report;
  if (sdk2?.agrees) lines2.push(`the SDK would pick the same image (dotnet publish /t:PublishContainer: ${sdk2.sdk})`);
  else if (sdk2) {
    lines2.push(`the SDK would pick ${sdk2.sdk}; we pick ${sdk2.ours}${sdk2.because.length > 0 ? ` because ${sdk2.because.join("; ")}` : ""}`);
    if (sdk2.toAgree) lines2.push(`to make dotnet publish /t:PublishContainer agree, set ${sdk2.toAgree.property}=${sdk2.toAgree.value}`);
  } else if (report.reader === "xml") {
    lines2.push("the SDK's own pick is not known without MSBuild");
  }
  return lines2;
}
function renderSummary(recommendation2, options2) {
  const { build, runtime, warnings, alternatives, answers } = recommendation2;
  const lines2 = [
    `build    ${build.reference}`,
    `runtime  ${runtime.reference}`,
    `for      ${answers.arch.join(", ")}${recommendation2.musl ? " (musl: " : " ("}${recommendation2.runtimeIdentifiers.join(", ")})`,
    `support  ${recommendation2.support.summary}`
  ];
  if (options2.explain) {
    lines2.push("", "Why the runtime image", ...runtime.reasons.map((reason) => `  - ${reason}`));
    lines2.push("", "Why the build image", ...build.reasons.map((reason) => `  - ${reason}`));
    lines2.push("", "Trade-offs", ...tradeoffLines(recommendation2).map((line) => `  ${line}`));
    if (recommendation2.project) lines2.push("", "Project", ...projectLines(recommendation2.project).map((line) => `  ${line}`));
    if (options2.provenance) {
      lines2.push("", "Answers");
      for (const [id, { source, note }] of Object.entries(options2.provenance)) {
        const value = answers[id];
        lines2.push(`  ${answerLabels[id].padEnd(14)}${String(value).padEnd(16)}${source}${note ? ` (${shownText(note)})` : ""}`);
      }
    }
    lines2.push("", `Catalog  ${describeSource(activeCatalog().source)}`);
  } else {
    lines2.push(`size     \u2248 ${recommendation2.tradeoffs.sizeMb} MB, ${recommendation2.tradeoffs.shell ? "with a shell" : "no shell"}, ${recommendation2.tradeoffs.nonRootByDefault ? "non-root by default" : "non-root via USER $APP_UID"}`);
  }
  if (warnings.length > 0) lines2.push("", ...warnings.map((warning) => `warning: ${warning.message}`));
  if (alternatives.length > 0) {
    lines2.push("", "Alternatives");
    const { shown: shown3, more } = cutList(alternatives, options2.explain ? alternatives.length : 3);
    for (const alternative of shown3) lines2.push(`  ${alternative.runtime}  \u2248 ${alternative.sizeMb} MB  ${alternative.summary}`);
    if (more > 0) lines2.push(`  ${moreText(more, { one: "alternative", many: "alternatives", where: "--explain" })}`);
  }
  if (!options2.explain) lines2.push("", "More: --explain. Files: --output all, or --write.");
  return lines2.map((line) => shownText(line, { limit: Number.POSITIVE_INFINITY })).join("\n");
}
var answerLabels;
var init_summary = __esm({
  "source/render/summary.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_active();
    init_shown_list();
    init_shown_text();
    answerLabels = {
      dotnet: ".NET",
      app: "app",
      deploy: "deploy",
      startup: "startup",
      shell: "shell",
      globalization: "globalization",
      os: "os",
      arch: "arch"
    };
  }
});

// source/catalog/native-dependencies.ts
function matches(pattern, id) {
  const [wanted, reference3] = [pattern.toLowerCase(), id.toLowerCase()];
  return wanted.endsWith("*") ? reference3.startsWith(wanted.slice(0, -1)) : reference3 === wanted;
}
function nativeNeeds(packageReferences) {
  const needs = [];
  for (const dependency of nativeDependencies) {
    const reference3 = packageReferences.find((id) => dependency.packages.some((pattern) => matches(pattern, id)));
    if (reference3 && !needs.some((need) => need.dependency.library === dependency.library)) needs.push({ package: reference3, dependency });
  }
  return needs;
}
var installable, nativeDependencies;
var init_native_dependencies = __esm({
  "source/catalog/native-dependencies.ts"() {
    "use strict";
    init_define_PACKAGE();
    installable = (dependency) => dependency.install.apt.length > 0;
    nativeDependencies = [
      {
        packages: ["SkiaSharp.NativeAssets.Linux"],
        library: "libfontconfig.so.1",
        install: { apt: ["libfontconfig1"], apk: ["fontconfig"], tdnf: ["fontconfig"] },
        // SkiaSharp.NativeAssets.Linux.NoDependencies is the build without it.
        source: "mono/SkiaSharp issues 2653 and 499 (libSkiaSharp.so needs fontconfig); dotnet/sdk-container-builds issue 475 (DllNotFoundException: libfontconfig.so.1 in a container)"
      },
      {
        packages: ["HarfBuzzSharp.NativeAssets.Linux"],
        library: "libfontconfig.so.1",
        when: "with SkiaSharp, which it shapes text for",
        install: { apt: ["libfontconfig1"], apk: ["fontconfig"], tdnf: ["fontconfig"] },
        source: "mono/SkiaSharp issue 90 (the Linux native assets of SkiaSharp and HarfBuzzSharp load fontconfig)"
      },
      {
        packages: ["Magick.NET-*", "Magick.NET.Core"],
        library: "fontconfig and its configuration (/etc/fonts/fonts.conf)",
        when: "to draw text",
        install: { apt: ["fontconfig"], apk: ["fontconfig"], tdnf: ["fontconfig"] },
        source: 'dlemstra/Magick.NET issue 1106 ("Fontconfig error: Cannot load default config file"); issue 556 (ImageMagick itself comes inside the package)'
      },
      {
        packages: ["Microsoft.Data.SqlClient"],
        library: "libgssapi_krb5.so.2",
        when: "for Integrated Security (Kerberos)",
        install: { apt: ["libgssapi-krb5-2"], apk: ["krb5-libs"], tdnf: ["krb5"] },
        source: "dotnet/SqlClient pull requests 1411 and 1468 (the GSSAPI library is loaded when integrated authentication is used)"
      },
      {
        packages: ["Npgsql", "Npgsql.EntityFrameworkCore.PostgreSQL"],
        library: "libgssapi_krb5.so.2",
        when: 'when it probes GSSAPI authentication (it logs "Cannot load library libgssapi_krb5.so.2" otherwise)',
        install: { apt: ["libgssapi-krb5-2"], apk: ["krb5-libs"], tdnf: ["krb5"] },
        source: "Ed-Fi-Alliance-OSS/Ed-Fi-ODS-Implementation pull request 1385 (Npgsql probes libgssapi_krb5.so.2 even with password authentication)"
      },
      {
        packages: ["System.Drawing.Common"],
        library: "libgdiplus",
        install: { apt: [], apk: [], tdnf: [] },
        advice: "from .NET 7 it throws PlatformNotSupportedException off Windows, with libgdiplus or without: move to SkiaSharp or ImageSharp",
        source: 'learn.microsoft.com, .NET 6 breaking change "System.Drawing.Common only supported on Windows" (the runtime switch that allowed libgdiplus was removed in .NET 7)'
      },
      {
        packages: ["Microsoft.Playwright", "Microsoft.Playwright.*"],
        library: "a browser build and its libraries",
        install: { apt: [], apk: [], tdnf: [] },
        advice: "no .NET image carries them: base the final stage on mcr.microsoft.com/playwright/dotnet, or run `playwright install --with-deps chromium` in a final stage with a shell",
        source: "playwright.dev/dotnet/docs/docker (browsers and their dependencies come from `playwright install --with-deps`, or the mcr.microsoft.com/playwright/dotnet image)"
      }
    ];
  }
});

// source/project/build-context.ts
async function repositoryRoot(folder) {
  let current = folder;
  for (; ; ) {
    if (await pathExists(node_path_default.join(current, ".git"))) return current;
    const parent = node_path_default.dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
function commonFolder(folders) {
  return folders.reduce((common, folder) => {
    let candidate = common;
    while (!isWithin(folder, candidate)) candidate = node_path_default.dirname(candidate);
    return candidate;
  });
}
function realPathOr(file, otherwise) {
  try {
    return import_node_fs7.realpathSync.native(file);
  } catch {
    return otherwise;
  }
}
function shownPath(cwd, target) {
  const relative = node_path_default.relative(cwd, target) || ".";
  return shownText(relative.startsWith("..") && relative.length > target.length ? target : relative);
}
async function boundFor(projectFolder, msbuildFiles, cwd) {
  const repository = await repositoryRoot(projectFolder);
  if (repository && !isRoot(repository)) return { folder: repository, reason: "repository" };
  const above = msbuildFiles.map((file) => node_path_default.dirname(file)).filter((folder) => !isRoot(folder) && isWithin(projectFolder, folder));
  const here = !isRoot(cwd) && isWithin(projectFolder, cwd) ? [cwd] : [];
  const top = [projectFolder, ...here, ...above].reduce((topmost, folder) => folder.length < topmost.length ? folder : topmost);
  if (top === projectFolder) return { folder: projectFolder, reason: "msbuild-files" };
  return { folder: top, reason: above.includes(top) ? "msbuild-files" : "folder" };
}
async function referenceOutside(input, file, bound) {
  const folder = shownPath(input.cwd, bound.folder);
  const where2 = bound.reason === "repository" ? `the repository ${folder}` : `${folder === "." ? "this folder" : folder}, the widest build context without a repository (.git)`;
  const said = `${shownPath(input.cwd, input.projectFile)} references ${shownPath(input.cwd, file)}, outside ${where2}`;
  if (isWithin(file, bound.folder)) {
    return new InputError(`${said}: a symlink on its way leads to ${shownText(realFile(file))}, and the build context takes nothing from outside; copy the project into ${folder} instead of linking it.`);
  }
  const needed = commonFolder([node_path_default.dirname(input.projectFile), node_path_default.dirname(file)]);
  if (isRoot(needed)) return new InputError(`${said}: the build context would have to be ${needed}, which it never is; move the referenced project inside ${folder}.`);
  return new InputError(`${said}: the build context would have to be ${shownText(needed)}; pass --context ${shownText(needed)} to use it.`);
}
async function buildContextFor(input) {
  const projectFolder = node_path_default.dirname(input.projectFile);
  const needed = [.../* @__PURE__ */ new Set([...input.msbuildFiles, ...input.otherFiles])];
  if (input.contextFlag !== void 0) {
    const directory2 = node_path_default.resolve(input.cwd, input.contextFlag);
    let folder = false;
    try {
      folder = (await stat(directory2)).isDirectory();
    } catch {
    }
    if (!folder) throw new InputError(`--context: ${shownText(input.contextFlag)} is not a folder.`);
    if (isRoot(directory2) || isRoot(realFile(directory2))) throw new InputError(`--context: ${shownText(input.contextFlag)} is the root of the file system, which is never a build context: pass the folder of the repository or of the app.`);
    if (!isWithin(input.projectFile, directory2)) throw new InputError(`--context: ${shownText(input.contextFlag)} does not hold the project ${shownPath(input.cwd, input.projectFile)}: the build context must contain it.`);
    const outside2 = [];
    for (const file of needed) if (!staysWithin(file, directory2)) outside2.push(file);
    return { directory: directory2, widenedFor: [], outside: outside2, bound: { folder: directory2, reason: "flag" } };
  }
  const bound = await boundFor(projectFolder, input.msbuildFiles, input.cwd);
  const inside = [];
  const outside = [];
  for (const file of needed) {
    if (file === input.projectFile || staysWithin(file, bound.folder)) inside.push(file);
    else if (isProjectFile(file)) throw await referenceOutside(input, file, bound);
    else outside.push(file);
  }
  let directory = commonFolder([projectFolder, ...inside.map((file) => node_path_default.dirname(file))]);
  if (isRoot(directory)) directory = projectFolder;
  return { directory, widenedFor: inside.filter((file) => !isWithin(file, projectFolder)), outside, bound };
}
var import_node_fs7, isWithin, isRoot, isProjectFile, realFile, staysWithin;
var init_build_context = __esm({
  "source/project/build-context.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs7 = require("node:fs");
    init_promises();
    init_node_path();
    init_resolve();
    init_shown_text();
    init_path_exists();
    isWithin = (file, folder) => {
      const relative = node_path_default.relative(folder, file);
      return relative === "" || !relative.startsWith("..") && !node_path_default.isAbsolute(relative);
    };
    isRoot = (folder) => node_path_default.parse(folder).root === folder;
    isProjectFile = (file) => /\.(cs|fs|vb)proj$/i.test(file);
    realFile = (file) => realPathOr(file, node_path_default.resolve(file));
    staysWithin = (file, folder) => isWithin(file, folder) && isWithin(realFile(file), realFile(folder));
  }
});

// source/project/feed-credentials.ts
async function hasFeedCredentials(file, shownAs) {
  const text3 = await readInputFile(file, { shownAs, maxBytes: inputCaps.config }).catch(() => "");
  return /<\s*packageSourceCredentials\b/i.test(text3) || /\bkey\s*=\s*["'](?:ClearText)?Password["']/i.test(text3);
}
async function credentialConfigs(configs, shown3) {
  const found = [];
  for (const config of configs) if (await hasFeedCredentials(config, shown3(config))) found.push(config);
  return found.reverse();
}
var init_feed_credentials = __esm({
  "source/project/feed-credentials.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_input_file();
  }
});

// source/project/global-json.ts
function parseSdkVersion(text3) {
  const match = /^(\d+)\.(\d+)\.(\d)(\d{2})(-.+)?$/.exec(text3.trim());
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), band: Number(match[3]), patch: Number(match[4]), prerelease: match[5] !== void 0 };
}
async function readGlobalJson(file, shownAs) {
  let parsed;
  const content = await readInputFile(file, { shownAs, maxBytes: inputCaps.globalJson });
  try {
    parsed = JSON.parse(content.replaceAll(/^\s*\/\/.*$|\/\*[\s\S]*?\*\//gm, ""));
  } catch (error) {
    throw new InputError(`${shownAs} cannot be read: ${error.message.split("\n")[0]}.`);
  }
  const { version: version3, rollForward, allowPrerelease } = parsed?.sdk ?? {};
  if (typeof version3 !== "string") return void 0;
  return { file: shownAs, version: version3, rollForward: typeof rollForward === "string" ? rollForward : "latestPatch", allowPrerelease: allowPrerelease !== false };
}
function sdkSatisfies(pin, installed2) {
  const wanted = parseSdkVersion(pin.version);
  const sdk2 = parseSdkVersion(installed2);
  if (!wanted || !sdk2) return true;
  if (sdk2.prerelease && !pin.allowPrerelease) return false;
  const newer2 = compare(sdk2, wanted) >= 0;
  switch (pin.rollForward) {
    case "disable":
      return compare(sdk2, wanted) === 0;
    case "patch":
    case "latestPatch":
      return sdk2.major === wanted.major && sdk2.minor === wanted.minor && sdk2.band === wanted.band && newer2;
    case "feature":
    case "latestFeature":
      return sdk2.major === wanted.major && sdk2.minor === wanted.minor && newer2;
    case "minor":
    case "latestMinor":
      return sdk2.major === wanted.major && newer2;
    default:
      return newer2;
  }
}
function sdkPinProblem(pin, dotnet2, sdkVersion, asOf) {
  if (!sdkVersion || sdkSatisfies(pin, sdkVersion)) return void 0;
  return `${pin.file} asks for .NET SDK ${pin.version} (rollForward ${pin.rollForward}), but the sdk:${dotnet2} images carry ${sdkVersion} (as of ${asOf}): dotnet stops in the build stage with "A compatible .NET SDK was not found". Set "rollForward": "latestFeature" in ${pin.file}, or pin ${sdkVersion}.`;
}
var compare;
var init_global_json = __esm({
  "source/project/global-json.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_input_file();
    compare = (a, b) => a.major - b.major || a.minor - b.minor || a.band - b.band || a.patch - b.patch || Number(b.prerelease) - Number(a.prerelease);
  }
});

// source/project/project-kind.ts
function projectKind(evaluation) {
  const { sdks, packageReferences, properties } = evaluation;
  if (isSet(evaluation, "IsTestProject") || packageReferences.includes("Microsoft.NET.Test.Sdk") || sdks.some((sdk2) => testSdks.test(sdk2))) return "test";
  if (isSet(evaluation, "IsAspireHost") || sdks.some((sdk2) => sdk2.startsWith("Aspire.AppHost.Sdk"))) return "aspire-host";
  if (isSet(evaluation, "UsingMicrosoftNETSdkBlazorWebAssembly") || sdks.includes("Microsoft.NET.Sdk.BlazorWebAssembly") || [properties.RuntimeIdentifier, properties.RuntimeIdentifiers].some((value) => value?.split(";").includes("browser-wasm"))) return "static-web";
  const frameworks = targetFrameworks(evaluation);
  if (isSet(evaluation, "UseMaui") || frameworks.length > 0 && frameworks.every((framework) => platformFramework.test(framework))) return "mobile";
  if (isSet(evaluation, "UseWPF") || isSet(evaluation, "UseWindowsForms")) return "desktop";
  if (packageReferences.some((reference3) => buildPackages.includes(reference3))) return "build";
  const web = isSet(evaluation, "UsingMicrosoftNETSdkWeb") || sdks.includes("Microsoft.NET.Sdk.Web");
  const worker = isSet(evaluation, "UsingMicrosoftNETSdkWorker") || sdks.includes("Microsoft.NET.Sdk.Worker");
  if (web || worker || /^(Win)?Exe$/i.test(properties.OutputType ?? "")) return "app";
  return "library";
}
var kindNames, kindReasons, testSdks, buildPackages, platformFramework;
var init_project_kind = __esm({
  "source/project/project-kind.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_evaluation();
    kindNames = {
      test: "a test project",
      library: "a library",
      "aspire-host": "the Aspire app host",
      "static-web": "a Blazor WebAssembly app (static files)",
      mobile: "a MAUI or mobile app",
      build: "a build project",
      desktop: "a Windows desktop app"
    };
    kindReasons = {
      test: "it runs under dotnet test, not in a container of its own; pass --project with the app it tests",
      library: "it builds a DLL that an app references, and does not run by itself; pass --project with the app",
      "aspire-host": "it orchestrates the other projects on a developer machine (aspire publish deploys them); pass --project with one of its apps",
      "static-web": "its output is static files (HTML, JavaScript and .wasm) that run in the browser, which a web server serves; it is no process to start in a container",
      mobile: "it runs on a phone, tablet or desktop, not in a Linux container",
      build: "it runs the repository's build (NUKE, Cake), not an app",
      desktop: "WPF and Windows Forms run only on Windows"
    };
    testSdks = /^(MSTest|NUnit|xunit|Microsoft\.NET\.Test)\.Sdk$/i;
    buildPackages = ["Nuke.Common", "Cake.Frosting"];
    platformFramework = /^net\d+\.\d+-(android|ios|maccatalyst|macos|tvos|tizen)/i;
  }
});

// source/project/project-files.ts
var projectExtensions, isProject, isSolution;
var init_project_files = __esm({
  "source/project/project-files.ts"() {
    "use strict";
    init_define_PACKAGE();
    projectExtensions = [".csproj", ".fsproj", ".vbproj"];
    isProject = (name) => projectExtensions.some((extension) => name.endsWith(extension));
    isSolution = (name) => name.endsWith(".sln") || name.endsWith(".slnx") || name.endsWith(".slnf");
  }
});

// source/project/discovery.ts
async function discoverProjects(folder, limits = discoveryLimits) {
  const started = Date.now();
  const projects = [];
  let ignored2 = 0;
  let unsearched = 0;
  let read = 0;
  let stoppedBy;
  let level2 = [folder];
  for (let depth = 0; level2.length > 0; depth++) {
    if (depth > limits.depth) {
      unsearched += level2.length;
      stoppedBy ??= "depth";
      break;
    }
    const next = Array.from({ length: level2.length }, () => []);
    const found = Array.from({ length: level2.length }, () => []);
    let index = 0;
    const worker = async () => {
      while (index < level2.length) {
        const mine = index++;
        if (Date.now() - started > limits.budgetMs) {
          stoppedBy ??= "time";
          unsearched++;
          continue;
        }
        if (read >= limits.maxFolders) {
          stoppedBy ??= "folders";
          unsearched++;
          continue;
        }
        read++;
        const entries = await readdir(level2[mine], { withFileTypes: true }).catch(() => []);
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
          if (entry.isFile() && isProject(entry.name)) found[mine].push(node_path_default.join(level2[mine], entry.name));
          else if (entry.isDirectory()) {
            if (entry.name.startsWith(".") || ignoredFolders.has(entry.name)) ignored2++;
            else next[mine].push(node_path_default.join(level2[mine], entry.name));
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallelReads, level2.length) }, worker));
    projects.push(...found.flat());
    level2 = next.flat();
  }
  return { projects, ignored: ignored2, unsearched, ...stoppedBy ? { stoppedBy } : {} };
}
function discoveryGaps(discovery, limits = discoveryLimits) {
  if (!discovery.stoppedBy) return "";
  const why = discovery.stoppedBy === "depth" ? `deeper than ${limits.depth} folders` : discovery.stoppedBy === "time" ? `after ${(limits.budgetMs / 1e3).toFixed(1)} s` : `after ${limits.maxFolders} folders`;
  return `the search stopped ${why} and left ${discovery.unsearched} folder${discovery.unsearched === 1 ? "" : "s"} unsearched (pass --project to name one)`;
}
var ignoredFolders, discoveryLimits, parallelReads;
var init_discovery = __esm({
  "source/project/discovery.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_promises();
    init_node_path();
    init_project_files();
    ignoredFolders = /* @__PURE__ */ new Set(["bin", "obj", "node_modules", "artifacts", "packages", "TestResults"]);
    discoveryLimits = { depth: 6, budgetMs: 1500, maxFolders: 2e4 };
    parallelReads = 32;
  }
});

// source/project/static-client.ts
async function servingProject(client2) {
  const root = await repositoryRoot(node_path_default.dirname(client2)) ?? node_path_default.dirname(node_path_default.dirname(client2));
  const { projects } = await discoverProjects(root, searchLimits);
  for (const project of projects.filter((file) => file !== client2)) {
    const text3 = await readInputFile(project, { shownAs: project, maxBytes: 128 * 1024 }).catch(() => "");
    for (const match of text3.matchAll(/<ProjectReference\s[^>]*Include\s*=\s*"([^"]+)"/g)) {
      if (node_path_default.resolve(node_path_default.dirname(project), match[1].replaceAll("\\", "/")) === client2) return node_path_default.relative(root, project).split(node_path_default.sep).join("/");
    }
  }
  return void 0;
}
async function staticClientSentence(client2) {
  const server = await servingProject(client2);
  const serve = server ? `${server} references it and serves them: containerise that one` : "serve them from an ASP.NET Core app that references it (containerise that one), or from any static web server";
  return `a Blazor WebAssembly app: its output is static files (HTML, JavaScript and .wasm) that run in the browser, not a process to start in a container; ${serve}`;
}
var searchLimits;
var init_static_client = __esm({
  "source/project/static-client.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_input_file();
    init_build_context();
    init_discovery();
    searchLimits = { depth: 6, budgetMs: 1e3, maxFolders: 5e3 };
  }
});

// source/project/project.ts
function checkName(value, what) {
  if (!namePattern.test(value)) throw new InputError(`${what} ${shownValue(value)} can only contain letters, digits, ".", "-" and "_".`);
  return value;
}
function checkPath(value, what) {
  const segments = value.split("/");
  if (!segments.every((segment) => segmentPattern.test(segment))) {
    throw new InputError(`${what} ${shownValue(value)} must be a relative path inside the build context made of letters, digits, ".", "-", "_" and "/".`);
  }
  return value;
}
function exposedPort(project, app) {
  return project.port ?? (app === "web" ? aspnetImagePort : void 0);
}
function checkPort(value, what) {
  const match = /^(\d{1,5})(?:\/(tcp|udp))?$/i.exec(value.trim());
  const port = match ? Number(match[1]) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) throw new InputError(`${what} ${shownValue(value)} is not a port number (1-65535, optionally /tcp or /udp).`);
  return port;
}
function makeProject(input) {
  const projectFile = input.projectFile === void 0 ? void 0 : checkPath(input.projectFile, "project file");
  for (const framework of input.frameworks ?? []) {
    if (!frameworkPattern.test(framework)) throw new InputError(`target framework ${shownValue(framework)} is not a framework moniker like net10.0.`);
  }
  const validRepository = input.repository !== void 0 && repositoryPattern.test(input.repository) && repositoryOnly(input.repository);
  return {
    name: checkName(input.name, "assembly name"),
    ...projectFile ? { projectFile } : {},
    restoreFiles: (input.restoreFiles ?? (projectFile ? [projectFile] : [])).map((file) => checkPath(file, "restore file")),
    ...input.frameworks && input.frameworks.length > 1 ? { frameworks: input.frameworks } : {},
    ...input.singleFile ? { singleFile: true } : {},
    ...input.repository && validRepository ? { repository: input.repository } : {},
    ...input.repository && !validRepository ? { invalidRepository: input.repository } : {},
    ...input.port === void 0 ? {} : { port: checkPort(input.port, "ContainerPort") },
    ...input.secretNugetConfig === void 0 ? {} : { secretNugetConfig: checkPath(input.secretNugetConfig, "NuGet.config") },
    ...input.otherSecretConfigs && input.otherSecretConfigs.length > 0 ? { otherSecretConfigs: input.otherSecretConfigs.map((file) => checkPath(file, "NuGet.config")) } : {},
    ...input.version !== void 0 && validVersion(input.version) ? { version: input.version } : {},
    ...input.sourceUrl !== void 0 && validSourceUrl(input.sourceUrl) ? { sourceUrl: input.sourceUrl } : {}
  };
}
function publishFramework(project, dotnet2) {
  if (!project.frameworks) return void 0;
  const wanted = Number.parseFloat(dotnet2);
  const versioned = project.frameworks.flatMap((framework) => {
    const match = /^net(\d+\.\d+)$/.exec(framework);
    return match ? [{ framework, version: Number.parseFloat(match[1]) }] : [];
  });
  const exact = versioned.find((entry) => entry.version === wanted);
  return exact?.framework ?? versioned.filter((entry) => entry.version < wanted).sort((a, b) => b.version - a.version)[0]?.framework ?? versioned[0]?.framework;
}
function imageNameOf(project, projectFile = "the project") {
  if (project.invalidRepository !== void 0) {
    const parsed = parseImageReference(project.invalidRepository);
    if (!("error" in parsed) && parsed.registry !== void 0 && parsed.tag === void 0 && parsed.digest === void 0) {
      throw new InputError(`${projectFile}: ContainerRepository ${shownValue(project.invalidRepository)} starts with a registry (${parsed.registry}), which the SDK takes as part of the repository name: set ContainerRegistry to it and ContainerRepository to ${parsed.repository}, or pass --image NAME.`);
    }
    throw new InputError(`${projectFile}: ContainerRepository ${shownValue(project.invalidRepository)} is not an image repository name (lower-case letters and digits, with . _ - or / between them): fix it in the project, or pass --image NAME.`);
  }
  if (project.repository) return project.repository;
  const name = project.name.toLowerCase().replaceAll(/[^a-z0-9]+/g, (separator) => /^(?:[._]|__|-+)$/.test(separator) ? separator : "-").slice(0, 128).replace(/^[^a-z0-9]+/, "").replace(/[^a-z0-9]+$/, "");
  return name !== "" && isImageReference(name) ? name : "app";
}
var namePattern, segmentPattern, frameworkPattern, repositoryPattern, aspnetImagePort, validSourceUrl, validVersion, defaultProject, secretConfigs;
var init_project = __esm({
  "source/project/project.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_image_name();
    init_oci_reference();
    init_shown_text();
    namePattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
    segmentPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
    frameworkPattern = /^net[a-z]*\d+(\.\d+)*(-[a-z]+[\d.]*)?$/;
    repositoryPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
    aspnetImagePort = 8080;
    validSourceUrl = (value) => /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%/+-]*)?$/.test(value);
    validVersion = (value) => /^[0-9A-Za-z][0-9A-Za-z.+-]{0,127}$/.test(value);
    defaultProject = makeProject({ name: "App" });
    secretConfigs = (project) => [...project.secretNugetConfig ? [project.secretNugetConfig] : [], ...project.otherSecretConfigs ?? []];
  }
});

// source/project/detect.ts
function usableFrameworks(frameworks) {
  return frameworks.flatMap((framework) => {
    const match = /^net(\d+)\.(\d+)$/.exec(framework);
    return match && dotnetVersions().includes(`${match[1]}.${match[2]}`) ? [{ framework, version: `${match[1]}.${match[2]}` }] : [];
  }).sort((a, b) => Number.parseFloat(b.version) - Number.parseFloat(a.version));
}
function answersFromEvaluation(evaluation, referencedFrameworks = /* @__PURE__ */ new Map()) {
  const values = {};
  const notes = {};
  const problems = [];
  const { properties } = evaluation;
  const set = (id, value, note) => {
    values[id] = value;
    notes[id] = note;
  };
  const said = (name, text3 = `${name} ${properties[name]}`) => {
    const condition = evaluation.conditions[name] ? ` if ${evaluation.conditions[name]}` : "";
    const where2 = evaluation.setIn[name] ? ` in ${node_path_default.basename(evaluation.setIn[name])}` : "";
    return shownText(`${text3}${condition}${where2}`);
  };
  const frameworks = targetFrameworks(evaluation);
  const property = properties.TargetFrameworks && frameworks.length > 1 ? "TargetFrameworks" : properties.TargetFramework ? "TargetFramework" : "TargetFrameworks";
  const usable = usableFrameworks(frameworks);
  if (usable.length > 0) {
    const best = usable[0];
    set("dotnet", best.version, said(property, usable.length > 1 || frameworks.length > 1 ? `${property} ${frameworks.join(";")}: the newest` : `${property} ${best.framework}`));
  } else if (frameworks.length > 0) {
    problems.push(frameworkProblem(frameworks));
  } else if (properties.TargetFrameworkVersion) {
    problems.push(`it is a classic .NET Framework project (TargetFrameworkVersion ${properties.TargetFrameworkVersion}, no SDK): .NET Framework runs only in Windows containers, and the official Linux .NET images need net${dotnetVersions()[0]} or later.`);
  }
  const web = isSet(evaluation, "UsingMicrosoftNETSdkWeb") || evaluation.sdks.includes("Microsoft.NET.Sdk.Web");
  if (web) set("app", "web", "Sdk Microsoft.NET.Sdk.Web");
  else if (evaluation.frameworkReferences.includes("Microsoft.AspNetCore.App")) set("app", "web", "FrameworkReference Microsoft.AspNetCore.App");
  else if (referencedFrameworks.has(aspnetFramework)) set("app", "web", `FrameworkReference ${aspnetFramework} in ${referencedFrameworks.get(aspnetFramework)}, which the app references`);
  else if (isSet(evaluation, "UsingMicrosoftNETSdkWorker") || evaluation.sdks.includes("Microsoft.NET.Sdk.Worker")) set("app", "console", "Sdk Microsoft.NET.Sdk.Worker");
  else if (/^(Win)?Exe$/i.test(properties.OutputType ?? "")) set("app", "console", said("OutputType"));
  const selfContained = ["SelfContained", "PublishSelfContained"].find((name) => isSet(evaluation, name));
  if (isSet(evaluation, "PublishAot")) set("deploy", "aot", said("PublishAot"));
  else if (selfContained) set("deploy", "self-contained", said(selfContained));
  else if (!["SelfContained", "PublishSelfContained"].some((name) => properties[name]?.toLowerCase() === "false")) {
    const implies = ["PublishTrimmed", "PublishSingleFile"].find((name) => isSet(evaluation, name));
    if (implies) set("deploy", "self-contained", `${said(implies)} (published self-contained)`);
  }
  if (isSet(evaluation, "PublishReadyToRun") && !isSet(evaluation, "PublishAot")) set("startup", "readytorun", said("PublishReadyToRun"));
  if (properties.InvariantGlobalization !== void 0) {
    set("globalization", isSet(evaluation, "InvariantGlobalization") ? "invariant" : "icu", said("InvariantGlobalization"));
  } else if (!isSet(evaluation, "PublishAot")) {
    set("globalization", "icu", "InvariantGlobalization not set: .NET uses ICU by default");
  }
  const ridProperty = ["ContainerRuntimeIdentifiers", "RuntimeIdentifiers", "ContainerRuntimeIdentifier", "RuntimeIdentifier"].find((name) => properties[name]);
  if (ridProperty) {
    const rids = properties[ridProperty].split(";").map((rid) => rid.trim()).filter((rid) => rid.startsWith("linux-"));
    const arches = [...new Set(rids.map((rid) => ({ x64: "amd64", arm64: "arm64", arm: "arm" })[rid.replace(/^linux-(musl-)?/, "")]).filter(Boolean))];
    if (arches.length > 0) set("arch", arches.join(","), said(ridProperty));
    if (rids.length > 0 && rids.every((rid) => rid.startsWith("linux-musl-"))) set("os", "alpine", said(ridProperty, `${ridProperty} ${properties[ridProperty]} (musl)`));
  }
  const base = properties.ContainerBaseImage;
  const family = properties.ContainerFamily;
  const image2 = containerImage(base, family);
  if (image2) {
    const note = said(base ? "ContainerBaseImage" : "ContainerFamily");
    set("os", image2.os, note);
    if (image2.distroless) set("shell", "no", note);
    else if (image2.os !== "alpine" && image2.os !== "debian") set("shell", "yes", note);
    if (image2.extra && !values.globalization) set("globalization", "icu", note);
  }
  const native = nativeNeeds(evaluation.packageReferences).find((need) => installable(need.dependency));
  if (native && !values.shell) set("shell", "yes", `PackageReference ${native.package}: it loads ${native.dependency.library}, which an image with no shell cannot add`);
  return { values, notes, problems };
}
function containerImage(base, family) {
  if (base) {
    const match = /^mcr\.microsoft\.com\/dotnet\/([a-z-]+):(.+)$/.exec(base);
    return match ? imagesWhere((image2) => image2.repo === match[1] && (image2.tag === match[2] || image2.aliases.includes(match[2])))[0] : void 0;
  }
  return family ? imagesWhere((image2) => image2.tag.endsWith(`-${family}`))[0] : void 0;
}
function frameworkProblem(frameworks) {
  const listed = frameworks.join(";");
  const offered = `this tool offers images for .NET ${dotnetVersions().join(", ")}`;
  if (frameworks.some((framework) => /^net\d{2,3}$/.test(framework))) {
    return `the project targets ${listed}: .NET Framework runs only in Windows containers, and the official Linux .NET images need net${dotnetVersions()[0]} or later.`;
  }
  if (frameworks.some((framework) => /-windows/.test(framework))) return `the project targets ${listed}: Windows-only frameworks cannot run in Linux containers.`;
  if (frameworks.every((framework) => framework.startsWith("netstandard"))) return `the project targets ${listed}: a class library, not an app that runs in a container.`;
  const old = frameworks.map((framework) => /^net(?:coreapp)?(\d+)\.(\d+)$/.exec(framework)).find(Boolean);
  if (old && Number(old[1]) < Number.parseFloat(dotnetVersions()[0])) {
    return `the project targets ${listed}: official images for .NET ${old[1]}.${old[2]} exist, but it is past end of support and they get no security fixes any more (${offered}). Retarget it to net${dotnetVersions().at(-2) ?? dotnetVersions()[0]}; on a newer runtime (--dotnet) it starts only with DOTNET_ROLL_FORWARD=Major (--roll-forward sets it in the Dockerfile).`;
  }
  return `the project targets ${listed}, which has no official container images (${offered}).`;
}
function nugetConfigs(folder, top) {
  const found = [];
  let current = folder;
  for (; ; ) {
    let entries = [];
    try {
      entries = (0, import_node_fs8.readdirSync)(current);
    } catch {
    }
    found.push(...entries.filter((name) => nugetConfigNames.has(name.toLowerCase())).map((name) => node_path_default.join(current, name)));
    const parent = node_path_default.dirname(current);
    if (current === top || parent === current || !isWithin(parent, top)) break;
    current = parent;
  }
  return found.reverse();
}
function linkedOutside(files, contextDirectory) {
  const realContext = realPathOr(contextDirectory, contextDirectory);
  const found = [];
  for (const file of new Set(files)) {
    const real = realPathOr(file, void 0);
    if (real !== void 0 && !isWithin(real, realContext)) found.push(file);
  }
  return found;
}
async function referencedProjects(evaluation, shown3, framework) {
  const found = { projects: [], imports: [], frameworks: /* @__PURE__ */ new Map(), unseen: [] };
  const mode = evaluation.evaluator === "msbuild" ? "auto" : "xml";
  const pickFramework = (frameworks) => framework && frameworks.includes(framework) ? framework : newestFramework(frameworks);
  const read = async (file) => {
    try {
      return (await evaluateProject(file, { mode, shown: shown3, pickFramework, cacheExtra: framework ?? "" })).evaluation;
    } catch {
      return void 0;
    }
  };
  let level2 = [...evaluation.projectReferences];
  while (level2.length > 0) {
    level2 = [...new Set(level2)].filter((file) => file !== evaluation.file && !found.projects.includes(file));
    const evaluations = [];
    for (let start2 = 0; start2 < level2.length; start2 += referencesAtOnce) {
      evaluations.push(...await Promise.all(level2.slice(start2, start2 + referencesAtOnce).map(read)));
    }
    const next = [];
    for (const [index, referenced] of evaluations.entries()) {
      if (!referenced) continue;
      found.projects.push(level2[index]);
      found.imports.push(...referenced.imports.filter((file) => file !== referenced.file));
      for (const name of referenced.frameworkReferences) if (!found.frameworks.has(name)) found.frameworks.set(name, referenced.file);
      found.unseen.push(...referenced.unseen);
      next.push(...referenced.projectReferences);
    }
    level2 = next;
  }
  return found;
}
function appPort(evaluation) {
  return evaluation.containerPorts[0] ?? evaluation.containerEnvironment.ASPNETCORE_HTTP_PORTS?.split(";")[0]?.trim();
}
async function detectProject(file, cwd, options2 = {}) {
  const shown3 = (target) => node_path_default.relative(cwd, target) || node_path_default.basename(target);
  const folder = node_path_default.dirname(file);
  const { evaluation: own, fallback } = await evaluateProject(file, { mode: options2.detect ?? "auto", shown: shown3, pickFramework: newestFramework });
  const references = await referencedProjects(own, shown3, newestFramework(targetFrameworks(own)) ?? own.properties.TargetFramework);
  const evaluation = references.unseen.length > 0 ? { ...own, unseen: [.../* @__PURE__ */ new Set([...own.unseen, ...references.unseen])] } : own;
  const referencedFrameworks = new Map([...references.frameworks].filter(([name2]) => !own.frameworkReferences.includes(name2)).map(([name2, from]) => [name2, shown3(from)]));
  const { values, notes: answerNotes, problems } = answersFromEvaluation(evaluation, referencedFrameworks);
  const kind = projectKind(evaluation);
  const notes = [];
  if (fallback && fallback !== noSdkReason) notes.push(`${fallback}: read ${shown3(file)} with the XML reader, which does not run MSBuild.`);
  if (evaluation.evaluator === "xml" && evaluation.unseen.length > 0) {
    notes.push(`the XML reader could not follow ${shownList(evaluation.unseen, 3, "; ")}: answers set there are not seen (install the .NET SDK to read the project with MSBuild).`);
  }
  if (!values.dotnet && problems.length === 0) {
    problems.push(evaluation.evaluator === "xml" ? `no TargetFramework found, so the .NET version is unknown${evaluation.unseen.length > 0 ? `: it may be set where the XML reader cannot follow (${shownList(evaluation.unseen, 2, "; ")}); with the .NET SDK on PATH, MSBuild reads it` : ""}.` : "MSBuild evaluates no TargetFramework for it, so the .NET version is unknown.");
  }
  const globalJsonFound = await fileAbove(folder, "global.json");
  const msbuildFiles = [...evaluation.imports, ...references.projects, ...references.imports];
  const context = await buildContextFor({
    projectFile: file,
    msbuildFiles,
    otherFiles: [],
    cwd,
    ...options2.context === void 0 ? {} : { contextFlag: options2.context }
  });
  const configs = nugetConfigs(folder, context.bound.folder);
  const globalJson = globalJsonFound && isWithin(globalJsonFound, context.bound.folder) ? globalJsonFound : void 0;
  const widened = await buildContextFor({
    projectFile: file,
    msbuildFiles,
    otherFiles: [...configs, ...globalJson ? [globalJson] : []],
    cwd,
    ...options2.context === void 0 ? {} : { contextFlag: options2.context }
  });
  const contextDirectory = widened.directory;
  const relative = (target) => node_path_default.relative(contextDirectory, target).split(node_path_default.sep).join("/");
  const inContext = (target) => isWithin(target, contextDirectory);
  const where2 = (target) => node_path_default.relative(cwd, target) || ".";
  if (widened.widenedFor.length > 0) {
    notes.push(`build context: ${where2(contextDirectory)}, widened from ${where2(folder)} to hold ${shownList(widened.widenedFor.map(relative))}.`);
  } else if (contextDirectory !== cwd) {
    notes.push(`build context: ${where2(contextDirectory)} (${options2.context === void 0 ? "the app's folder" : "--context"}).`);
  }
  for (const outside of widened.outside) notes.push(`${shown3(outside)} is read by the build but lies outside the build context ${shown3(contextDirectory)}: the container build will not see it.`);
  for (const linked of linkedOutside([...msbuildFiles, ...configs, ...globalJson ? [globalJson] : []].filter(inContext), contextDirectory)) {
    notes.push(`${shown3(linked)} is in the build context through a symbolic link to a file outside it: the container build copies the link, not the file.`);
  }
  const secretConfigs2 = (await credentialConfigs(configs, shown3)).filter(inContext);
  for (const other of secretConfigs2.slice(1)) notes.push(`${shown3(other)} also holds feed credentials: only ${shown3(secretConfigs2[0])} is mounted as the build secret "nugetconfig" (restore reads no copy of the other); move its credentials there.`);
  const restoreFiles = [
    ...globalJson && inContext(globalJson) ? [globalJson] : [],
    ...evaluation.imports.filter((imported) => imported !== file),
    ...references.imports,
    ...configs,
    ...references.projects,
    file
    // A file in the context only as a link to one outside it is not copied: the build would get the link.
  ].filter((target) => inContext(target) && !widened.outside.includes(target) && !secretConfigs2.includes(target)).map(relative);
  const sdkPin = globalJson && inContext(globalJson) ? await readGlobalJson(globalJson, shown3(globalJson)) : void 0;
  const name = evaluation.properties.AssemblyName ?? node_path_default.basename(file).replace(/\.[^.]+$/, "");
  const frameworks = targetFrameworks(evaluation);
  let project;
  try {
    project = makeProject({
      name,
      projectFile: relative(file),
      restoreFiles: [...new Set(restoreFiles)],
      ...frameworks.length > 1 ? { frameworks } : {},
      singleFile: isSet(evaluation, "PublishSingleFile"),
      ...evaluation.properties.ContainerRepository ?? evaluation.properties.ContainerImageName ? { repository: evaluation.properties.ContainerRepository ?? evaluation.properties.ContainerImageName } : {},
      ...appPort(evaluation) === void 0 ? {} : { port: appPort(evaluation) },
      ...secretConfigs2[0] ? { secretNugetConfig: relative(secretConfigs2[0]), otherSecretConfigs: secretConfigs2.slice(1).map(relative) } : {},
      // 1.0.0 is MSBuild's Version when the project sets none (the XML reader sees none): both readers agree.
      ...evaluation.properties.Version && evaluation.properties.Version !== "1.0.0" ? { version: evaluation.properties.Version } : {},
      ...evaluation.properties.RepositoryUrl ? { sourceUrl: evaluation.properties.RepositoryUrl } : {}
    });
  } catch (error) {
    throw new InputError(`${shown3(file)}: ${error.message}`);
  }
  const containerProperties2 = Object.fromEntries(Object.entries(evaluation.properties).filter(([key]) => key.startsWith("Container")));
  return {
    project,
    contextDirectory,
    context: widened,
    projectFile: file,
    kind,
    layer: { source: "detected", values, notes: answerNotes, origin: (id) => `${shown3(file)} (${answerNotes[id] ?? id})` },
    problems,
    ...kind === "app" ? {} : { refusal: kind === "static-web" ? `it is ${await staticClientSentence(file)}.` : `it is ${kindNames[kind]}, not an app: ${kindReasons[kind]}.` },
    notes,
    containerProperties: containerProperties2,
    ...sdkPin ? { sdkPin } : {},
    evaluation,
    evaluator: evaluation.evaluator,
    ...fallback ? { fallback } : {},
    frameworks,
    referencedFrameworks
  };
}
var import_node_fs8, aspnetFramework, newestFramework, nugetConfigNames, referencesAtOnce;
var init_detect = __esm({
  "source/project/detect.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs8 = require("node:fs");
    init_node_path();
    init_catalog();
    init_native_dependencies();
    init_resolve();
    init_shown_list();
    init_shown_text();
    init_build_context();
    init_evaluate();
    init_feed_credentials();
    init_evaluation();
    init_global_json();
    init_project_kind();
    init_static_client();
    init_project();
    init_xml_evaluation();
    aspnetFramework = "Microsoft.AspNetCore.App";
    newestFramework = (frameworks) => usableFrameworks(frameworks)[0]?.framework;
    nugetConfigNames = /* @__PURE__ */ new Set(["nuget.config"]);
    referencesAtOnce = 2;
  }
});

// source/project/sdk-pick.ts
function catalogImage(imageReference) {
  const match = /^mcr\.microsoft\.com\/dotnet\/([a-z-]+):([^@\s]+)$/.exec(imageReference.trim());
  if (!match) return void 0;
  const [, repo, tag2] = match;
  return imagesWhere((image2) => image2.repo === repo && (image2.tag === tag2 || image2.aliases.includes(tag2)))[0];
}
function retiredImage(imageReference) {
  const match = /^mcr\.microsoft\.com\/dotnet\/(sdk|aspnet|runtime|runtime-deps):((\d+)\.(\d+)(?:-[a-z0-9.-]+)?)$/.exec(imageReference.trim());
  if (!match) return void 0;
  const [, repository, tag2, major, minor] = match;
  const oldest = Math.min(...dotnetVersions().map((version3) => Number.parseFloat(version3)));
  return Number.parseFloat(`${major}.${minor}`) < oldest ? { repository, tag: tag2, dotnet: `${major}.${minor}` } : void 0;
}
function rather(ours, sdk2) {
  const distro = (image2) => `${osNames[image2.os]} ${image2.release}`;
  if (distro(ours) === distro(sdk2)) return `the ${variant(ours)} ${distro(ours)} image rather than the ${variant(sdk2)} one`;
  const named3 = (image2) => `${image2.chiseled || image2.distroless ? `${variant(image2)} ` : ""}${distro(image2)}`;
  return `${named3(ours)} rather than ${named3(sdk2)}`;
}
function differences(sdk2, ours, recommendation2, aspnetThrough) {
  const { answers } = recommendation2;
  const because = [];
  if (sdk2.dotnet !== ours.dotnet) because.push(`the answers ask for .NET ${ours.dotnet} (the SDK follows the project's target framework, .NET ${sdk2.dotnet})`);
  if (sdk2.repo === "runtime" && ours.repo === "aspnet" && aspnetThrough) {
    because.push(`the app needs ASP.NET Core through ${aspnetThrough} (its FrameworkReference), which the SDK does not look at: it reads the project's own FrameworkReference only, and its runtime image would not start the app`);
  } else if (sdk2.repo !== ours.repo) {
    const deploy = { framework: "framework-dependent", "self-contained": "self-contained", aot: "Native AOT" }[answers.deploy];
    because.push(`the app is published ${deploy}${answers.deploy === "framework" ? ` as a ${answers.app === "web" ? "web" : "console"} app` : ""}, which runs on ${ours.repo}`);
  }
  if (sdk2.os !== ours.os || sdk2.release !== ours.release || sdk2.distroless !== ours.distroless) {
    because.push(`${rather(ours, sdk2)}: ${ours.distroless ? "no shell is wanted" : answers.shell === "yes" ? "a shell is wanted" : `the answers ask for ${osNames[ours.os]}`}`);
  }
  if (sdk2.extra !== ours.extra) because.push(ours.extra ? "ICU and time zones wanted (-extra)" : "invariant globalization (no -extra)");
  if (sdk2.composite !== ours.composite) because.push(ours.composite ? "composite start-up wanted" : "no composite image");
  return because;
}
function compareWithSdk(sdkReference, recommendation2, aspnetThrough) {
  const ours = recommendation2.runtime.image;
  const oursReference = recommendation2.runtime.reference;
  const sdk2 = catalogImage(sdkReference);
  if (!sdk2) {
    const retired = retiredImage(sdkReference);
    const why = retired ? `the SDK's pick is the official ${retired.repository}:${retired.tag}, for .NET ${retired.dotnet}, which is past end of support (no more security fixes); ours is .NET ${ours.dotnet}` : "the SDK's pick is not an official image this tool knows";
    return { sdk: sdkReference, ours: oursReference, agrees: false, because: [why], toAgree: { property: "ContainerBaseImage", value: oursReference } };
  }
  if (reference(sdk2) === oursReference) return { sdk: sdkReference, ours: oursReference, agrees: true, because: [] };
  const family = ours.tag.startsWith(`${ours.dotnet}-`) ? ours.tag.slice(ours.dotnet.length + 1) : void 0;
  const toAgree = sdk2.repo === ours.repo && sdk2.dotnet === ours.dotnet && family ? { property: "ContainerFamily", value: family } : { property: "ContainerBaseImage", value: oursReference };
  return { sdk: sdkReference, ours: oursReference, agrees: false, because: differences(sdk2, ours, recommendation2, aspnetThrough), toAgree };
}
var variant;
var init_sdk_pick = __esm({
  "source/project/sdk-pick.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    variant = (image2) => image2.chiseled ? "chiseled" : image2.distroless ? "distroless" : "full";
  }
});

// source/project/project-warnings.ts
function projectWarnings(recommendation2, detection) {
  const { answers } = recommendation2;
  const { evaluation } = detection;
  const warnings = [];
  const framework = publishFramework(detection.project, answers.dotnet) ?? detection.frameworks[0];
  const target = framework ? version(framework) : void 0;
  const shown3 = node_path_default.basename(detection.projectFile);
  if (target && newer(target, answers.dotnet)) {
    warnings.push({ code: "target-framework", message: `${shown3} targets ${framework}, newer than .NET ${answers.dotnet}: the sdk:${answers.dotnet} image cannot build it (NETSDK1045). Use --dotnet ${target}, or retarget the project.` });
  } else if (target && newer(answers.dotnet, target) && answers.deploy === "framework" && !detection.project.rollForward && !/^(Major|LatestMajor)$/i.test(evaluation.properties.RollForward ?? "")) {
    warnings.push({ code: "roll-forward", message: `${shown3} targets ${framework}, but the ${recommendation2.runtime.image.repo}:${answers.dotnet} image carries only the .NET ${answers.dotnet} runtime: the app will not start ("You must install or update .NET"). Retarget to net${answers.dotnet}, or let it roll forward: --roll-forward sets ENV DOTNET_ROLL_FORWARD=Major in the Dockerfile (or put <RollForward>Major</RollForward> in the project).` });
  }
  const npm = evaluation.execCommands.find((command) => /(^|[\s;&|])(npm|npx|yarn|pnpm)\s/.test(`${command} `));
  if (npm) {
    warnings.push({ code: "npm", message: `the publish runs ${shownValue(npm, 120)} (an <Exec> in the project's targets), but the sdk image has no Node.js: install it in the build stage, or build the client in a stage of its own and skip that target.` });
  }
  const grpc = evaluation.packageReferences.find((name) => ["Grpc.Tools", "Grpc.AspNetCore"].includes(name));
  if (grpc && recommendation2.build.image.os === "alpine") {
    warnings.push({ code: "grpc-musl", message: `${grpc} compiles .proto files with the protoc it ships, which does not run on ${osNames.alpine} (musl): the build stage fails. Build on --os debian or ubuntu, or install protobuf and grpc-plugins with apk and set Protobuf_ProtocFullPath and gRPC_PluginFullPath.` });
  }
  warnings.push(...nativeNeeds(evaluation.packageReferences).map((need) => nativeWarning(need, recommendation2)));
  return warnings;
}
function nativeWarning({ package: name, dependency }, recommendation2) {
  const { image: image2, reference: reference3 } = recommendation2.runtime;
  const loads = `${name} loads ${dependency.library}${dependency.when ? ` ${dependency.when}` : ""}`;
  if (!installable(dependency)) return { code: "native-library", message: `${loads}: ${dependency.advice ?? "no OS package provides it"}.` };
  if (image2.chiseled || image2.distroless) {
    return { code: "native-library", message: `${loads}, which ${reference3} lacks and, with no shell or package manager, cannot add: the app fails when it first calls it (DllNotFoundException). Use an image with a shell (--shell yes), where the Dockerfile installs it in the final stage and zerops.yml in run.prepareCommands.` };
  }
  return { code: "native-library", message: `${loads}, which ${reference3} lacks: the Dockerfile's final stage installs it (a RUN there runs on the target platform, so other architectures build under emulation) and zerops.yml's run.prepareCommands too.` };
}
function withProjectWarnings(outcome, detection) {
  if (!outcome.ok || !detection) return outcome;
  const { recommendation: recommendation2 } = outcome;
  const { dotnet: dotnet2 } = recommendation2.answers;
  const warnings = projectWarnings(recommendation2, detection);
  const pin = detection.sdkPin ? sdkPinProblem(detection.sdkPin, dotnet2, lifecycleOf(dotnet2)?.sdkVersion, activeCatalog().source.date) : void 0;
  if (pin) warnings.unshift({ code: "global-json", message: pin });
  const framework = publishFramework(detection.project, dotnet2);
  const report = {
    file: detection.project.projectFile ?? node_path_default.basename(detection.projectFile),
    reader: detection.evaluator,
    ...detection.fallback ? { readerReason: detection.fallback } : {},
    unseen: detection.evaluation.unseen,
    ...framework ? { framework } : {},
    ...detection.evaluation.sdkBaseImage ? { sdk: compareWithSdk(detection.evaluation.sdkBaseImage, recommendation2, detection.referencedFrameworks.get(aspnetFramework)) } : {}
  };
  const native = nativeNeeds(detection.evaluation.packageReferences).filter((need) => installable(need.dependency));
  return { ok: true, recommendation: { ...recommendation2, warnings: [...warnings, ...recommendation2.warnings], project: report, ...native.length > 0 ? { nativeDependencies: native } : {} } };
}
var version, newer;
var init_project_warnings = __esm({
  "source/project/project-warnings.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_catalog();
    init_lifecycle();
    init_native_dependencies();
    init_active();
    init_shown_text();
    init_detect();
    init_global_json();
    init_project();
    init_sdk_pick();
    version = (framework) => /^net(\d+\.\d+)$/.exec(framework)?.[1];
    newer = (a, b) => Number.parseFloat(a) > Number.parseFloat(b);
  }
});

// source/engine/pin.ts
function pinnedReference(reference3, digest2) {
  if (!digestPattern.test(digest2)) throw new Error(`the registry gave ${JSON.stringify(digest2)} for ${reference3}, which is not a sha256 digest`);
  return `${reference3.replace(/@.*$/, "")}@${digest2}`;
}
function pinRecommendation(recommendation2, verification) {
  const digestOf = (role) => {
    const image2 = verification.images.find((entry) => entry.role === role);
    if (!image2) throw new Error(`the registry did not verify the ${role} image`);
    return image2.digest;
  };
  return {
    ...recommendation2,
    build: { ...recommendation2.build, reference: pinnedReference(recommendation2.build.reference, digestOf("build")) },
    runtime: { ...recommendation2.runtime, reference: pinnedReference(recommendation2.runtime.reference, digestOf("runtime")) }
  };
}
var digestPattern;
var init_pin = __esm({
  "source/engine/pin.ts"() {
    "use strict";
    init_define_PACKAGE();
    digestPattern = /^sha256:[0-9a-f]{64}$/;
  }
});

// source/session/multi-target.ts
function newestTarget(project) {
  const versions = (project.frameworks ?? []).flatMap((framework) => /^net(\d+\.\d+)$/.exec(framework)?.[1] ?? []);
  if (versions.length < 2) return void 0;
  return versions.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))[0];
}
function buildableOutcome(outcome, project, today) {
  if (!outcome.ok) return outcome;
  const { recommendation: recommendation2 } = outcome;
  const { answers } = recommendation2;
  const newest = newestTarget(project);
  if (!newest || Number.parseFloat(newest) <= Number.parseFloat(answers.dotnet)) return outcome;
  const frameworks = project.frameworks.join(";");
  const newer2 = recommend({ ...answers, dotnet: newest }, today);
  if (!newer2.ok) {
    const warning = { code: "target-framework", message: `${project.name} targets ${frameworks}: restore needs the .NET ${newest} SDK, which has no image for these answers, and the .NET ${answers.dotnet} SDK cannot build net${newest} (NETSDK1045). Choose .NET ${newest}, or drop net${newest} from TargetFrameworks.` };
    return { ok: true, recommendation: { ...recommendation2, warnings: [warning, ...recommendation2.warnings] } };
  }
  const { build } = newer2.recommendation;
  const reason = `${project.name} targets ${frameworks}: restore needs the .NET ${newest} SDK (the .NET ${answers.dotnet} SDK stops with NETSDK1045), and publish -f ${publishFramework(project, answers.dotnet) ?? `net${answers.dotnet}`} targets the .NET ${answers.dotnet} runtime image`;
  return { ok: true, recommendation: { ...recommendation2, build: { ...build, reasons: [reason, ...build.reasons] } } };
}
var init_multi_target = __esm({
  "source/session/multi-target.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_recommend();
    init_project();
  }
});

// source/session/pin-choice.ts
function pinChoice(flags2, config, cwd) {
  if (flags2.pin === true) return { pinned: true, source: "flag", note: "--pin" };
  if (flags2.noPin === true) return { pinned: false, source: "flag", note: "--no-pin" };
  if (config && typeof config.config.pin === "boolean") return { pinned: config.config.pin, source: "config", note: `${node_path_default.relative(cwd, config.file) || config.file} "pin"` };
  return { pinned: false, source: "default" };
}
function pinChoiceJson(choice) {
  return choice && choice.source !== "default" ? { pin: { pinned: choice.pinned, source: choice.source, ...choice.note ? { note: choice.note } : {} } } : {};
}
var init_pin_choice = __esm({
  "source/session/pin-choice.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
  }
});

// schema/config.schema.json
var config_schema_default;
var init_config_schema = __esm({
  "schema/config.schema.json"() {
    config_schema_default = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title: "dotnet-image-wizard configuration",
      description: "Saved answers for dotnet-image-wizard (.dotnet-image-wizardrc, .dotnet-image-wizardrc.json|yaml, dotnet-image-wizard.config.json). Flags override them; they override what is detected from the project.",
      type: "object",
      additionalProperties: false,
      properties: {
        $schema: { type: "string" },
        dotnet: { type: "string", pattern: "^(net)?\\d+(\\.\\d+)?$", description: ".NET version, e.g. 10.0" },
        app: { enum: ["web", "console"], description: "web (ASP.NET Core) or console (worker/console app)" },
        deploy: { enum: ["framework", "self-contained", "aot"] },
        startup: { enum: ["jit", "readytorun", "composite"] },
        shell: { enum: ["yes", "no"], description: "a shell and package manager in production" },
        globalization: { enum: ["invariant", "icu"] },
        os: { enum: ["ubuntu", "debian", "alpine", "azurelinux"] },
        arch: {
          description: "target architectures",
          oneOf: [
            { type: "string", pattern: "^(amd64|arm64|arm)(,(amd64|arm64|arm))*$" },
            { type: "array", items: { enum: ["amd64", "arm64", "arm"] }, minItems: 1, uniqueItems: true }
          ]
        },
        project: { type: "string", description: "the .csproj, relative to this file" },
        image: { type: "string", description: "the image to build, as an OCI reference: [registry/]repository[:tag], the repository in lower case" },
        pin: { type: "boolean", description: "pin the base images by digest (tag@sha256) as --pin does, on the command line and in the guided session; --no-pin leaves them as tags for one run" }
      }
    };
  }
});

// source/config/parse-config.ts
async function yamlLibrary() {
  const yaml = await Promise.resolve().then(() => __toESM(require("./libraries/yaml.cjs"), 1));
  return yaml.parseAllDocuments ? yaml : yaml.default;
}
function yamlProblem(error, shown3, syntax) {
  if (error.code === "RESOURCE_EXHAUSTION" || /call stack/i.test(error.message)) return nestedTooDeep(shown3);
  if (error.code === "DUPLICATE_KEY") return new InputError(`${shown3} gives the same key twice${where(error)}: say each answer once.`);
  return new InputError(`${shown3} is not valid ${syntax}${where(error)}: ${sentence(error)}.`);
}
function numbersAsWritten(yaml, document, content) {
  if (!yaml.isMap(document.contents)) return;
  for (const pair of document.contents.items) {
    const value = pair.value;
    if (yaml.isScalar(value) && typeof value.value === "number" && value.range) value.value = content.slice(value.range[0], value.range[1]).trim();
  }
}
async function parseYaml(content, shown3) {
  const yaml = await yamlLibrary();
  let documents;
  try {
    documents = yaml.parseAllDocuments(content, { logLevel: "silent", uniqueKeys: true, prettyErrors: true });
  } catch (error2) {
    if (error2 instanceof RangeError) throw nestedTooDeep(shown3);
    throw new InputError(`${shown3} is not valid YAML: ${error2.message.split("\n")[0]}.`);
  }
  if (!Array.isArray(documents)) documents = [];
  if (documents.length > 1) {
    const second = documents[1].range[0];
    throw new InputError(`${shown3} holds ${documents.length} YAML documents (the second starts on line ${content.slice(0, second).split("\n").length}): a config is one document.`);
  }
  const document = documents[0];
  if (!document) return { value: void 0, warnings: [] };
  const error = document.errors[0];
  if (error) throw yamlProblem(error, shown3, "YAML");
  numbersAsWritten(yaml, document, content);
  try {
    return { value: document.toJS({ maxAliasCount }), warnings: document.warnings.map((warning) => `${shown3}${where(warning)}: ${sentence(warning)}.`) };
  } catch (problem) {
    if (problem instanceof RangeError) throw nestedTooDeep(shown3);
    if (problem instanceof ReferenceError && /alias/i.test(problem.message)) throw new InputError(`${shown3} expands its YAML aliases more than ${maxAliasCount} times, like an alias bomb: it is not read.`);
    throw new InputError(`${shown3} is not valid YAML: ${problem.message.split("\n")[0]}.`);
  }
}
async function parseJson(content, shown3) {
  let value;
  try {
    value = JSON.parse(content);
  } catch (error) {
    if (error instanceof RangeError) throw nestedTooDeep(shown3);
    throw new InputError(`${shown3} cannot be parsed as JSON: ${error.message.split("\n")[0].replace(/\.$/, "")}.`);
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    try {
      const document = (await yamlLibrary()).parseDocument(content, { logLevel: "silent", uniqueKeys: true });
      const duplicate = document.errors.find((error) => error.code === "DUPLICATE_KEY");
      if (duplicate) throw yamlProblem(duplicate, shown3, "JSON");
    } catch (error) {
      if (error instanceof InputError) throw error;
    }
  }
  return { value, warnings: [] };
}
async function parseConfig(content, file, shown3) {
  return file.toLowerCase().endsWith(".json") ? parseJson(content, shown3) : parseYaml(content, shown3);
}
var maxAliasCount, sentence, where, nestedTooDeep;
var init_parse_config = __esm({
  "source/config/parse-config.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    maxAliasCount = 100;
    sentence = (error) => error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
    where = (error) => error.linePos ? ` (line ${error.linePos[0].line})` : "";
    nestedTooDeep = (shown3) => new InputError(`${shown3} nests its values deeper than a config can: it is not read.`);
  }
});

// source/config/config.ts
function shownConfigValue(value) {
  let text3;
  try {
    text3 = JSON.stringify(value) ?? String(value);
  } catch {
    return "(nested too deep to show)";
  }
  return shownText(text3, { limit: 80 });
}
async function validateConfig(config, shown3) {
  const ajv = await Promise.resolve().then(() => __toESM(require("./libraries/ajv.cjs"), 1));
  const Ajv2020 = ajv.Ajv2020 ?? ajv.default.Ajv2020;
  const validate2 = new Ajv2020({ allErrors: true, strict: false }).compile(config_schema_default);
  let valid;
  try {
    valid = validate2(config);
  } catch (error2) {
    if (error2 instanceof RangeError) throw new InputError(`${shown3} nests its values deeper than a config can: it is not read.`);
    throw error2;
  }
  if (valid) return validImage(config, shown3);
  const error = validate2.errors.find((candidate) => candidate.keyword === "additionalProperties") ?? validate2.errors[0];
  if (error.keyword === "additionalProperties") {
    const key2 = error.params.additionalProperty;
    throw new InputError(`${shown3}: unknown key ${shownConfigValue(key2)} (accepted: ${Object.keys(config_schema_default.properties).filter((name) => name !== "$schema").join(", ")}).`);
  }
  if (error.instancePath === "") throw new InputError(`${shown3}: the config must be an object of answers, like {"os": "alpine"}.`);
  const key = error.instancePath.split("/")[1];
  const property = config_schema_default.properties[key];
  const accepted2 = property?.enum ? ` (accepted: ${property.enum.join(", ")})` : key === "arch" ? " (accepted: amd64, arm64, arm, as a list or comma-separated)" : "";
  throw new InputError(`${shown3}: "${key}" has an invalid value ${shownConfigValue(config[key])}${accepted2}.`);
}
function validImage(config, shown3) {
  if (config.image === void 0) return config;
  const parsed = parseImageReference(config.image);
  if ("error" in parsed) {
    const reason = parsed.error.startsWith("is ") ? parsed.error : `is refused: ${parsed.error}`;
    throw new InputError(`${shown3}: "image" ${shownConfigValue(config.image)} ${reason}.`);
  }
  return config;
}
function shownFrom(from, file) {
  const relative = node_path_default.relative(from, file);
  return relative === "" || relative.startsWith(`..${node_path_default.sep}..${node_path_default.sep}`) || node_path_default.isAbsolute(relative) ? file : relative;
}
async function loaded2(content, file, shown3) {
  const { value, warnings } = await parseConfig(content, file, shown3);
  return { file, config: await validateConfig(value, shown3), ...warnings.length > 0 ? { warnings } : {} };
}
function nothingAt(file) {
  try {
    return (0, import_node_fs9.lstatSync)(file, { throwIfNoEntry: false }) === void 0;
  } catch {
    return false;
  }
}
async function searchConfig(from) {
  const home = homeFolder();
  const stop = home && node_path_default.resolve(home);
  let folder = node_path_default.resolve(from);
  for (; ; ) {
    for (const place of searchPlaces) {
      const file = node_path_default.join(folder, place);
      if (nothingAt(file)) continue;
      const shown3 = shownFrom(from, file);
      let content;
      try {
        content = await readInputFile(file, { shownAs: `the config file ${shown3}`, maxBytes: inputCaps.config });
      } catch (error) {
        if (error instanceof InputFileError && error.reason === "missing") continue;
        throw error;
      }
      if (content.trim() !== "") return loaded2(content, file, shown3);
    }
    const parent = node_path_default.dirname(folder);
    if (folder === stop || parent === folder) return void 0;
    folder = parent;
  }
}
async function loadConfig(from, explicit) {
  if (explicit === void 0) return searchConfig(from);
  if (explicit.trim() === "") throw new InputError("--config: give the config file to read, like --config ci.json.");
  const file = node_path_default.resolve(from, explicit);
  const extension = node_path_default.extname(file).toLowerCase();
  if (!acceptedExtensions.includes(extension)) {
    throw new InputError(`--config: ${explicit} is a ${extension} file: a config is data, read from JSON (.json), YAML (.yaml, .yml) or a file with no extension, never run as code.`);
  }
  const content = await readInputFile(file, { shownAs: `--config: ${explicit}`, maxBytes: inputCaps.config });
  return content.trim() === "" ? { file, config: {} } : loaded2(content, file, shownFrom(from, file));
}
function configLayer(loaded3) {
  const values = {};
  for (const id of answerIds) {
    const value = loaded3.config[id];
    if (value !== void 0) values[id] = Array.isArray(value) ? value.join(",") : value;
  }
  const shown3 = node_path_default.relative(process.cwd(), loaded3.file) || loaded3.file;
  return { source: "config", values, notes: Object.fromEntries(Object.keys(values).map((id) => [id, shown3])), origin: (id) => `${shown3} "${id}"` };
}
var import_node_fs9, configName, searchPlaces, savedConfigName, acceptedExtensions;
var init_config = __esm({
  "source/config/config.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs9 = require("node:fs");
    init_node_path();
    init_config_schema();
    init_answers();
    init_resolve();
    init_oci_reference();
    init_shown_text();
    init_input_file();
    init_user_folders();
    init_parse_config();
    configName = "dotnet-image-wizard";
    searchPlaces = [
      `.${configName}rc`,
      `.${configName}rc.json`,
      `.${configName}rc.yaml`,
      `.${configName}rc.yml`,
      `${configName}.config.json`
    ];
    savedConfigName = `.${configName}rc.json`;
    acceptedExtensions = [".json", ".yaml", ".yml", ""];
  }
});

// source/project/cheap-kind.ts
function cheapKind(file) {
  let text3;
  try {
    text3 = readInputHeadSync(file, { shownAs: file, maxBytes: cheapBytes });
  } catch {
    return void 0;
  }
  if (has2(text3, propertyIsTrue("IsTestProject")) || has2(text3, /Include\s*=\s*"Microsoft\.NET\.Test\.Sdk"/i) || has2(text3, /Sdk\s*=\s*"(MSTest|NUnit|xunit)\.Sdk/i)) return "test";
  if (has2(text3, /Aspire\.AppHost\.Sdk/) || has2(text3, propertyIsTrue("IsAspireHost"))) return "aspire-host";
  if (has2(text3, /Microsoft\.NET\.Sdk\.BlazorWebAssembly/) || has2(text3, /<RuntimeIdentifier>\s*browser-wasm\s*</)) return "static-web";
  if (has2(text3, propertyIsTrue("UseMaui"))) return "mobile";
  if (has2(text3, propertyIsTrue("UseWPF")) || has2(text3, propertyIsTrue("UseWindowsForms"))) return "desktop";
  if (has2(text3, /Include\s*=\s*"(Nuke\.Common|Cake\.Frosting)"/)) return "build";
  if (has2(text3, /Include\s*=\s*"(xunit\.v3|TUnit|MSTest|NUnit)[."]/i)) return "test";
  if (has2(text3, /Sdk\s*=\s*"Microsoft\.NET\.Sdk\.(Web|Worker)"/) || has2(text3, /<OutputType>\s*(Win)?Exe\s*</i)) return "app";
  return void 0;
}
var cheapBytes, has2, trueProperties, propertyIsTrue;
var init_cheap_kind = __esm({
  "source/project/cheap-kind.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_input_file();
    cheapBytes = 32 * 1024;
    has2 = (text3, pattern) => pattern.test(text3);
    trueProperties = /* @__PURE__ */ new Map();
    propertyIsTrue = (name) => {
      if (!trueProperties.has(name)) trueProperties.set(name, new RegExp(`<${name}>\\s*true\\s*</${name}>`, "i"));
      return trueProperties.get(name);
    };
  }
});

// source/project/locate.ts
async function isFolder(file) {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}
async function solutionProjects(solution, shownAs = node_path_default.basename(solution)) {
  const content = await readInputFile(solution, { shownAs, maxBytes: inputCaps.solution });
  let folder = node_path_default.dirname(solution);
  let paths;
  if (solution.endsWith(".slnf")) {
    let filter;
    try {
      filter = JSON.parse(content);
    } catch (error) {
      throw new InputError(`${shownAs} is not a solution filter: ${error.message.split("\n")[0]}.`);
    }
    const { path: solutionPath, projects } = filter.solution ?? {};
    if (typeof solutionPath !== "string" || !Array.isArray(projects)) throw new InputError(`${shownAs} is not a solution filter: it has no "solution": {"path", "projects"}.`);
    folder = node_path_default.dirname(node_path_default.resolve(folder, solutionPath.replaceAll("\\", "/")));
    paths = projects.map(String);
  } else if (solution.endsWith(".slnx")) {
    const found = [];
    const walk2 = (node) => {
      if (Array.isArray(node)) node.forEach(walk2);
      else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "Project") for (const project of [value].flat()) found.push(String(project["@Path"] ?? ""));
          else walk2(value);
        }
      }
    };
    walk2(parseXmlFile(content, shownAs, new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" })));
    paths = found;
  } else {
    paths = [...content.matchAll(/^Project\("[^"]*"\)\s*=\s*"[^"]*",\s*"([^"]+)"/gm)].map((match) => match[1]);
  }
  return paths.map((entry) => entry.replaceAll("\\", "/")).filter(isProject).map((entry) => node_path_default.resolve(folder, entry));
}
async function solutionProjectsInside(solution, cwd) {
  const shown3 = shownFrom2(cwd);
  const listed = await solutionProjects(solution, shown3(solution));
  const bound = await repositoryRoot(node_path_default.dirname(solution)) ?? node_path_default.dirname(solution);
  const where2 = await repositoryRoot(node_path_default.dirname(solution)) ? `the repository ${shown3(bound)}` : `${shown3(bound)}, the solution's folder`;
  const inside = listed.filter((file) => isWithin(file, bound));
  const present2 = await Promise.all(inside.map(async (file) => stat(file).then((info) => info.isFile(), () => false)));
  const projects = inside.filter((_file, index) => present2[index]);
  const gone = inside.filter((_file, index) => !present2[index]).map(shown3);
  if (projects.length === 0 && gone.length > 0) {
    throw new InputError(`${shown3(solution)} lists ${gone.length} project${gone.length === 1 ? "" : "s"}, and none exists (${shownList(gone, 3)}): pass --project with the project to containerise.`);
  }
  const outside = [
    ...listed.filter((file) => !isWithin(file, bound)).map((file) => `${shown3(file)} is outside ${where2}, so no file is written for it`),
    ...gone.map((file) => `${file} is listed but does not exist`)
  ];
  return { projects, outside };
}
async function candidatesFor(cwd, projectFlag, named3) {
  const target = node_path_default.resolve(cwd, projectFlag ?? ".");
  const shown3 = shownFrom2(cwd);
  if (projectFlag !== void 0 && !await isFolder(target)) {
    try {
      await stat(target);
    } catch (error) {
      const code = error.code;
      throw new InputError(`${named3}: ${projectFlag} ${code === "ELOOP" ? "is a symbolic link that loops (it leads back to itself)" : code === "EACCES" ? "cannot be read: permission denied" : "does not exist"}.`);
    }
    if (isProject(target)) return { kind: "project", file: target };
    if (isSolution(target)) {
      const { projects: projects2, outside } = await solutionProjectsInside(target, cwd);
      if (projects2.length === 0 && outside.length > 0) throw new InputError(`${named3}: ${shownList(outside, 2)}; the solution lists no project inside it.`);
      return { kind: "list", candidates: projects2, reason: `${node_path_default.basename(target)} lists several projects`, skipped: outside, notes: [] };
    }
    throw new InputError(`${named3}: ${projectFlag} is not a .csproj, .fsproj, .vbproj, a solution (.sln, .slnx, .slnf) or a folder.`);
  }
  const entries = (0, import_node_fs10.readdirSync)(target).sort();
  const projects = entries.filter(isProject).map((name) => node_path_default.join(target, name));
  if (projects.length === 1) return { kind: "project", file: projects[0] };
  if (projects.length > 1) return { kind: "list", candidates: projects, reason: `${node_path_default.relative(cwd, target) || "this folder"} has several projects`, skipped: [], notes: [] };
  const solutions = entries.filter((name) => name.endsWith(".sln") || name.endsWith(".slnx"));
  if (solutions.length > 0) {
    const listed = await Promise.all(solutions.map(async (solution) => solutionProjectsInside(node_path_default.join(target, solution), cwd)));
    const candidates = [...new Set(listed.flatMap((list) => list.projects))];
    const outside = [...new Set(listed.flatMap((list) => list.outside))];
    if (candidates.length === 0 && outside.length > 0) throw new InputError(`${shownList(outside, 2)}; ${solutions[0]} lists no project inside it.`);
    return { kind: "list", candidates, reason: `${solutions[0]} lists several projects`, skipped: outside, notes: [] };
  }
  const below = await discoverProjects(target);
  const gaps = discoveryGaps(below);
  if (below.projects.length > 0) {
    const here = shown3(target) === "." ? "this folder" : shown3(target);
    return { kind: "list", candidates: below.projects, reason: `${here} has no project of its own, and the folders below it hold several projects`, skipped: [], notes: gaps ? [`${here}: ${gaps}`] : [], below: here };
  }
  if (projectFlag !== void 0) throw new InputError(`${named3}: ${projectFlag} holds no .NET project (.csproj, .fsproj, .vbproj) or solution, nor do the folders below it${gaps ? ` (${gaps})` : ""}.`);
  return { kind: "none", folder: target };
}
async function locateProject(cwd, projectFlag, named3 = "--project") {
  const found = await candidatesFor(cwd, projectFlag, named3);
  if (found.kind === "none") return found;
  if (found.kind === "project") {
    const host = await appHostApps(found.file);
    if (!host) return { kind: "found", file: found.file };
    return choose(host.apps, host.reason, cwd, [], []);
  }
  const located = await choose(found.candidates, found.reason, cwd, found.skipped, found.notes);
  if (located.kind === "found" && !located.note && found.below) {
    return { ...located, note: `${found.below} has no project of its own: using ${shownFrom2(cwd)(located.file)}, the only one below it` };
  }
  return located;
}
async function appHostApps(file) {
  if ((cheapKind(file) ?? await quickKind(file)) !== "aspire-host") return void 0;
  const references = await evaluateWithXml(file, (name) => name).then((evaluation) => evaluation.projectReferences, () => []);
  if (references.length === 0) return void 0;
  return { apps: references, reason: `${node_path_default.basename(file)} is the Aspire app host: it names the apps` };
}
async function quickKind(file) {
  try {
    return projectKind(await evaluateWithXml(file, (name) => name));
  } catch {
    return "app";
  }
}
async function classify(candidates) {
  const started = Date.now();
  const cheap = candidates.map((file) => ({ file, kind: cheapKind(file) }));
  const classified = [];
  for (const { file, kind } of cheap) {
    if (kind) classified.push({ file, kind });
    else classified.push({ file, kind: Date.now() - started > classifyBudgetMs ? "unread" : await quickKind(file) });
  }
  const listed = new Set(candidates);
  for (const host of classified.filter((entry) => entry.kind === "aspire-host")) {
    const references = await evaluateWithXml(host.file, (name) => name).then((evaluation) => evaluation.projectReferences, () => []);
    for (const reference3 of references) {
      if (listed.has(reference3)) continue;
      listed.add(reference3);
      classified.push({ file: reference3, kind: cheapKind(reference3) ?? await quickKind(reference3) });
    }
  }
  return classified;
}
async function skippedOf(classified, cwd) {
  return Promise.all(classified.filter(({ kind }) => kind !== "app").map(async ({ file, kind }) => {
    if (kind === "static-web") return `${shownFrom2(cwd)(file)} is ${await staticClientSentence(file)}`;
    return `${shownFrom2(cwd)(file)} ${kind === "unread" ? "was not read (the search ran out of time)" : `is ${kindNames[kind]}`}`;
  }));
}
async function choose(candidates, reason, cwd, outside, notes) {
  if (candidates.length === 1 && outside.length === 0) return { kind: "found", file: candidates[0] };
  const classified = await classify(candidates);
  const apps = classified.filter(({ kind }) => kind === "app").map(({ file }) => file);
  const skipped = [...outside, ...await skippedOf(classified, cwd)];
  const extra = notes.length > 0 ? `; ${notes.join("; ")}` : "";
  if (apps.length === 1) {
    const others = classified.filter(({ kind }) => kind !== "app").map(({ file, kind }) => `${node_path_default.basename(file)} ${kind === "unread" ? "was not read" : `is ${kindNames[kind]}`}`);
    return { kind: "found", file: apps[0], note: `${reason}: using ${node_path_default.relative(cwd, apps[0])}, the only app (${shownList([...outside, ...others], 4)})${extra}` };
  }
  const listedFiles = apps.length > 1 ? apps : classified.map(({ file }) => file);
  return { kind: "choose", candidates: listedFiles, reason: `${apps.length > 1 ? reason.replace("several projects", "several apps") : reason}${extra}`, ...skipped.length > 0 ? { skipped } : {} };
}
async function locateApps(cwd, projectFlag, named3 = "--project") {
  const found = await candidatesFor(cwd, projectFlag, named3);
  if (found.kind === "none") return { apps: [], skipped: [], notes: [] };
  if (found.kind === "project") {
    const host = await appHostApps(found.file);
    if (!host) return { apps: [found.file], skipped: [], notes: [] };
    const classified2 = await classify(host.apps);
    return { apps: classified2.filter(({ kind }) => kind === "app").map(({ file }) => file), skipped: await skippedOf(classified2, cwd), notes: [host.reason] };
  }
  const classified = await classify(found.candidates);
  return { apps: classified.filter(({ kind }) => kind === "app").map(({ file }) => file), skipped: [...found.skipped, ...await skippedOf(classified, cwd)], notes: found.notes };
}
var import_node_fs10, shownFrom2, classifyBudgetMs;
var init_locate = __esm({
  "source/project/locate.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs10 = require("node:fs");
    init_promises();
    init_node_path();
    init_fxp();
    init_resolve();
    init_shown_list();
    init_input_file();
    init_xml_document();
    init_project_kind();
    init_static_client();
    init_xml_evaluation();
    init_build_context();
    init_cheap_kind();
    init_discovery();
    init_project_files();
    shownFrom2 = (cwd) => (file) => node_path_default.relative(cwd, file) || ".";
    classifyBudgetMs = 500;
  }
});

// source/session/session.ts
function withRollForward(detection, rollForward) {
  return rollForward ? { ...detection, project: { ...detection.project, rollForward: true } } : detection;
}
function todayFrom(flags2) {
  if (typeof flags2.today === "string") {
    if (!/^\d{4}-\d\d-\d\d$/.test(flags2.today) || Number.isNaN(Date.parse(flags2.today))) {
      throw new InputError(`--today: "${flags2.today}" is not a date like 2026-11-24.`);
    }
    return flags2.today;
  }
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
async function loadReleases(file) {
  let index;
  try {
    index = JSON.parse(await readInputFile(file, { shownAs: `--releases: ${file}`, maxBytes: releasesCap }));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`--releases: cannot read ${file} as JSON (${error.message.split("\n")[0]}).`);
  }
  try {
    useReleasesIndex(index);
  } catch (error) {
    throw new InputError(`--releases: ${file} is ${error.message}.`);
  }
}
function flagLayer(flags2) {
  const values = {};
  for (const id of answerIds) {
    const value = flags2[id];
    if (typeof value === "string") values[id] = value;
  }
  return { source: "flag", values, origin: (id) => `--${id}` };
}
function detectOptions(flags2) {
  const detect = typeof flags2.detect === "string" ? flags2.detect.trim().toLowerCase() : "auto";
  if (!detectModes.includes(detect)) throw new InputError(`--detect: "${String(flags2.detect)}" is not a reader (accepted: msbuild, xml).`);
  return { detect, ...typeof flags2.context === "string" ? { context: flags2.context } : {} };
}
function detectionNotes(detection, layers, shown3) {
  if (detection.refusal) throw new InputError(`${shown3}: ${detection.refusal}`);
  const dotnetGiven = layers.some((layer) => layer.source !== "detected" && layer.values.dotnet);
  for (const problem of detection.problems) {
    if (!dotnetGiven) throw new InputError(`${shown3}: ${problem} Pass --dotnet to generate files anyway.`);
  }
  return [...detection.problems, ...detection.notes];
}
function imageFrom(flags2, config, project, projectFile) {
  if (typeof flags2.image === "string") {
    imageToBuild(flags2.image, "--image");
    return { name: flags2.image, source: "flag" };
  }
  if (config?.config.image !== void 0) {
    imageToBuild(config.config.image, `${node_path_default.relative(node_process_default.cwd(), config.file) || config.file} "image"`);
    return { name: config.config.image, source: "config" };
  }
  return { name: imageNameOf(project, projectFile), source: "project" };
}
async function savedForAnotherProject(config, cwd) {
  if (!config.config.project) return void 0;
  const saved = node_path_default.resolve(node_path_default.dirname(config.file), config.config.project);
  const here = await locateProject(cwd, void 0, "--project");
  if (here.kind !== "found" || node_path_default.resolve(here.file) === saved) return void 0;
  const shown3 = (file) => node_path_default.relative(cwd, file) || file;
  return `${shown3(config.file)} holds answers for ${shown3(saved)}, not for ${shown3(here.file)} in this folder: they are not used (--config uses them anyway).`;
}
async function openSession(flags2, cwd, opening2 = {}) {
  const reading = opening2.reading ?? (() => {
  });
  const today = todayFrom(flags2);
  const options2 = detectOptions(flags2);
  reading("looking for the .NET project");
  if (typeof flags2.releases === "string") await loadReleases(flags2.releases);
  const found = await loadConfig(cwd, typeof flags2.config === "string" ? flags2.config : void 0);
  const elsewhere = found && flags2.project === void 0 && flags2.config === void 0 ? await savedForAnotherProject(found, cwd) : void 0;
  const config = elsewhere ? void 0 : found;
  const projectArgument = typeof flags2.project === "string" ? flags2.project : config?.config.project ? node_path_default.resolve(node_path_default.dirname(config.file), config.config.project) : void 0;
  const named3 = typeof flags2.project === "string" || !config ? "--project" : `${node_path_default.relative(cwd, config.file) || config.file} "project"`;
  const located = opening2.severalApps ? { kind: "none", folder: cwd } : await locateProject(cwd, projectArgument, named3);
  const notes = [...config?.warnings ?? [], ...elsewhere ? [elsewhere] : []];
  if (config) notes.push(`saved answers from ${node_path_default.relative(cwd, config.file) || config.file}.`);
  const layers = [flagLayer(flags2), ...config ? [configLayer(config)] : []];
  let detection;
  if (located.kind === "found") {
    if (located.note) notes.push(located.note);
    reading(`reading ${node_path_default.basename(located.file)} with ${readerWords(options2)}`);
    detection = withRollForward(await detectProject(located.file, cwd, options2), flags2.rollForward === true);
    notes.push(...detectionNotes(detection, layers, node_path_default.relative(cwd, located.file)));
    layers.push(detection.layer);
  } else if (located.kind === "none" && !opening2.severalApps) {
    notes.push(`no .NET project in ${node_path_default.relative(cwd, located.folder) || "this folder"} or the folders below it: the recommendation follows the answers alone.`);
  }
  const project = detection?.project ?? defaultProject;
  const image2 = imageFrom(flags2, config, project, located.kind === "found" ? node_path_default.relative(cwd, located.file) : void 0);
  return {
    today,
    cwd,
    layers,
    located,
    ...detection ? { detection } : {},
    project,
    contextDirectory: detection?.contextDirectory ?? (located.kind === "none" ? located.folder : cwd),
    ...config ? { config } : {},
    imageName: image2.name,
    imageSource: image2.source,
    notes,
    detectOptions: options2,
    ...flags2.rollForward === true ? { rollForward: true } : {},
    pin: pinChoice(flags2, config, cwd)
  };
}
async function withProject(session, file, reading = () => {
}) {
  reading(`reading ${node_path_default.basename(file)} with ${readerWords(session.detectOptions ?? { detect: "auto" })}`);
  const detection = withRollForward(await detectProject(file, session.cwd, session.detectOptions), session.rollForward);
  const notes = detectionNotes(detection, session.layers, node_path_default.relative(session.cwd, file));
  return {
    ...session,
    notes: [...session.notes, ...notes],
    located: { kind: "found", file },
    detection,
    layers: [...session.layers.filter((layer) => layer.source !== "detected"), detection.layer],
    project: detection.project,
    contextDirectory: detection.contextDirectory,
    ...session.imageSource === "project" ? { imageName: imageNameOf(detection.project, node_path_default.relative(session.cwd, file)) } : {}
  };
}
function configTarget(session, directory = session.cwd) {
  return session.config?.file ?? node_path_default.join(directory, savedConfigName);
}
function openingSession(flags2, cwd) {
  let latest;
  let listener;
  const opened = openSession(flags2, cwd, { reading: (what) => {
    latest = what;
    listener?.(what);
  } });
  opened.catch(() => {
  });
  return (reading) => {
    listener = reading;
    if (latest !== void 0) reading(latest);
    return opened;
  };
}
var releasesCap, readerWords;
var init_session = __esm({
  "source/session/session.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_input_file();
    init_node_path();
    init_node_process();
    init_lifecycle();
    init_config();
    init_answers();
    init_resolve();
    init_image_name();
    init_detect();
    init_evaluate();
    init_locate();
    init_project();
    init_pin_choice();
    releasesCap = 16 * 1024 * 1024;
    readerWords = (options2) => options2.detect === "xml" ? "the XML reader" : "MSBuild";
  }
});

// source/ui/no-color.ts
var init_no_color = __esm({
  "source/ui/no-color.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    if (node_process_default.env.NO_COLOR && !("FORCE_COLOR" in node_process_default.env)) node_process_default.env.FORCE_COLOR = "0";
  }
});

// source/ui/first-frame.ts
function wantsPlain(flags2, environment2 = node_process_default.env) {
  return Boolean(flags2.plain) || environment2.TERM === "dumb";
}
function drawFirstFrame(flags2, stdout = node_process_default.stdout) {
  if (!stdout.isTTY || wantsPlain(flags2)) return () => {
  };
  stdout.write(`${lines.join("\n")}
`);
  let erased = false;
  return () => {
    if (erased) return;
    erased = true;
    stdout.write(`\x1B[${lines.length}A\r\x1B[J`);
  };
}
var lines;
var init_first_frame = __esm({
  "source/ui/first-frame.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_no_color();
    init_node_process();
    lines = ["dotnet-image-wizard", "", "\u280B looking for the .NET project\u2026"];
  }
});

// source/launch/ui-libraries-key.ts
var uiLibrariesLoaderKey;
var init_ui_libraries_key = __esm({
  "source/launch/ui-libraries-key.ts"() {
    "use strict";
    init_define_PACKAGE();
    uiLibrariesLoaderKey = /* @__PURE__ */ Symbol.for("dotnet-image-wizard.load-ui-libraries");
  }
});

// source/ui/ui-libraries.ts
async function loadUiLibraries() {
  const load2 = globalThis[uiLibrariesLoaderKey];
  if (typeof load2 === "function") await load2();
}
var init_ui_libraries = __esm({
  "source/ui/ui-libraries.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_ui_libraries_key();
  }
});

// source/cli/app-selection.ts
function parseAppNames(value) {
  const names2 = value.split(",").map((name) => name.trim()).filter(Boolean);
  if (names2.length === 0) throw new InputError("--apps: name at least one app (its project name, as in --apps Api,Worker).");
  return names2;
}
function appSelection(flags2) {
  if (flags2.all && typeof flags2.apps === "string") throw new InputError("--all and --apps both choose the apps: pass one of them.");
  if (flags2.all) return { all: true };
  if (typeof flags2.apps === "string") return { names: parseAppNames(flags2.apps) };
  return void 0;
}
var init_app_selection = __esm({
  "source/cli/app-selection.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
  }
});

// source/cli/wizard-start.ts
function noWizard(flags2, terminal2, env = node_process_default.env) {
  return scriptFlags.some((name) => Boolean(flags2[name])) || !terminal2.stdinIsTTY || !terminal2.stdoutIsTTY || inCi(env);
}
var scriptFlags, inCi;
var init_wizard_start = __esm({
  "source/cli/wizard-start.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    scriptFlags = ["yes", "json", "verify", "pin"];
    inCi = (env = node_process_default.env) => ["CI", "CONTINUOUS_INTEGRATION"].some((key) => key in env && env[key] !== "0" && env[key] !== "false");
  }
});

// source/catalog/build-catalog.ts
function manifestRepos(manifest) {
  if (!isObject(manifest) || !Array.isArray(manifest["repos"])) throw new CatalogDataError('manifest.json is not a dotnet-docker manifest: it has no "repos" list');
  const repos = manifest["repos"];
  return families.map((family) => {
    const repo = repos.find((candidate) => isObject(candidate) && candidate["id"] === family);
    if (!isObject(repo) || !Array.isArray(repo["images"])) throw new CatalogDataError(`manifest.json has no images for the repository ${family}`);
    for (const image2 of repo["images"]) {
      const valid = isObject(image2) && typeof image2["productVersion"] === "string" && Array.isArray(image2["platforms"]) && image2["platforms"].length > 0 && image2["platforms"].every((platform) => isObject(platform) && typeof platform["os"] === "string" && typeof platform["osVersion"] === "string") && (image2["sharedTags"] === void 0 || isObject(image2["sharedTags"]));
      if (!valid) throw new CatalogDataError(`manifest.json: an image of ${family} lacks its productVersion, platforms or tags`);
    }
    return repo;
  });
}
function manifestVariables(versions) {
  const variables = isObject(versions) ? versions["variables"] : void 0;
  if (!isObject(variables) || !Object.values(variables).every((value) => typeof value === "string" || typeof value === "number")) {
    throw new CatalogDataError(`manifest.versions.json is not dotnet-docker's: it has no "variables" of strings`);
  }
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, String(value)]));
}
function releasesEntries(index) {
  const entries = isObject(index) ? index["releases-index"] : void 0;
  if (!Array.isArray(entries)) throw new CatalogDataError('releases-index.json is not a .NET releases index: it has no "releases-index" list');
  for (const entry of entries) {
    const valid = isObject(entry) && typeof entry["channel-version"] === "string" && typeof entry["release-type"] === "string" && typeof entry["support-phase"] === "string" && (entry["eol-date"] === void 0 || isDate(entry["eol-date"]));
    if (!valid) throw new CatalogDataError("releases-index.json: an entry lacks its channel-version, release-type or support-phase, or has an eol-date that is not a date");
  }
  return entries;
}
function resolver(variables) {
  return (text3) => {
    let previous;
    let rounds = 0;
    while (previous !== text3) {
      if (++rounds > 20) throw new CatalogDataError(`manifest.versions.json: the variables in ${text3} refer to each other in a circle`);
      previous = text3;
      text3 = text3.replaceAll(/\$\(([^)]+)\)/g, (_match, name) => {
        const value = variables[name];
        if (value === void 0) throw new CatalogDataError(`manifest.versions.json does not define ${name}, which manifest.json uses`);
        return value;
      });
    }
    return text3;
  };
}
function parseDistro(osVersion) {
  const base = osVersion.replace(/-(chiseled|distroless|slim)$/, "");
  const known = distroTable[base];
  if (known) return { os: known[0], release: known[1], codename: base };
  let match = /^alpine(\d+\.\d+)$/.exec(base);
  if (match) return { os: "alpine", release: match[1], codename: base };
  match = /^azurelinux(\d+\.\d+)$/.exec(base);
  if (match) return { os: "azurelinux", release: match[1], codename: base };
  throw new CatalogDataError(`manifest.json: unknown distro release ${osVersion}`);
}
function canonicalTag(tags, minorTag, distro) {
  const named3 = tags.filter((tag2) => tag2 !== minorTag);
  const distroWord = distro.os === "alpine" ? "alpine" : distro.codename;
  const rank2 = (tag2) => (tag2.includes(distroWord) ? 0 : 4) + (/alpine\d/.test(tag2) ? 2 : 0) + (/-aot$/.test(tag2) ? 1 : 0);
  return [...named3].sort((a, b) => rank2(a) - rank2(b) || a.length - b.length)[0] ?? minorTag;
}
function imagesOf(repos, resolve) {
  const images2 = [];
  for (const repo of repos) {
    for (const image2 of repo.images) {
      const first = image2.platforms[0];
      if (first.os !== "linux") continue;
      const channel = /\|(\d+\.\d+)\|/.exec(image2.productVersion)?.[1];
      if (!channel) throw new CatalogDataError(`manifest.json: no .NET version in ${image2.productVersion}`);
      const minorTag = resolve(`$(dotnet|${channel}|minor-tag)`);
      const floating2 = Object.keys(image2.sharedTags ?? {}).filter((tag3) => tag3.includes("|minor-tag)")).map(resolve);
      if (floating2.length === 0) continue;
      const distro = parseDistro(first.osVersion);
      const tag2 = canonicalTag(floating2, minorTag, distro);
      const variantWords = tag2.slice(minorTag.length + 1).split("-");
      const architectures3 = image2.platforms.map((platform) => archNames[platform.architecture ?? "amd64"]);
      if (architectures3.some((architecture2) => architecture2 === void 0)) throw new CatalogDataError(`manifest.json: ${repo.id}:${tag2} names an unknown architecture`);
      images2.push({
        repo: repo.id,
        dotnet: channel,
        tag: tag2,
        aliases: floating2.filter((alias) => alias !== tag2).sort(),
        os: distro.os,
        release: distro.release,
        codename: distro.codename,
        chiseled: first.osVersion.endsWith("-chiseled"),
        distroless: first.osVersion.endsWith("-distroless") || first.osVersion.endsWith("-chiseled"),
        extra: variantWords.includes("extra"),
        composite: variantWords.includes("composite"),
        aot: variantWords.includes("aot"),
        architectures: [...new Set(architectures3)].sort()
      });
    }
  }
  return images2;
}
function checkComplete(images2, where2, lifecycle2) {
  const channels = [...new Set(images2.map((image2) => image2.dotnet))];
  if (channels.length === 0) throw new CatalogDataError(`${where2} lists no Linux images with floating tags`);
  for (const channel of channels) {
    for (const family of families) {
      if (!images2.some((image2) => image2.dotnet === channel && image2.repo === family)) throw new CatalogDataError(`${where2} has no ${family} tags for .NET ${channel}`);
    }
    if (lifecycle2 && !lifecycle2.some((entry) => entry.dotnet === channel)) throw new CatalogDataError(`${where2} has no support data for .NET ${channel}`);
  }
}
function buildCatalog(documents) {
  const repos = manifestRepos(documents.manifest);
  const resolve = resolver(manifestVariables(documents.versions));
  const entries = releasesEntries(documents.releasesIndex);
  const images2 = imagesOf(repos, resolve);
  checkComplete(images2, "manifest.json");
  const channels = [...new Set(images2.map((image2) => image2.dotnet))].sort(byVersion);
  const lifecycle2 = channels.map((channel) => {
    const entry = entries.find((candidate) => candidate["channel-version"] === channel);
    if (!entry) throw new CatalogDataError(`releases-index.json has no .NET ${channel}, which manifest.json has images for`);
    return {
      dotnet: channel,
      releaseType: entry["release-type"],
      supportPhase: entry["support-phase"],
      eolDate: entry["eol-date"] ?? null,
      runtimeVersion: resolve(`$(dotnet|${channel}|product-version)`),
      sdkVersion: resolve(`$(sdk|${channel}|product-version)`),
      minorTag: resolve(`$(dotnet|${channel}|minor-tag)`),
      gaDate: previewGaDate(entry, entries)
    };
  });
  return { images: images2, lifecycle: lifecycle2 };
}
var CatalogDataError, families, archNames, isObject, isDate, distroTable, byVersion;
var init_build_catalog = __esm({
  "source/catalog/build-catalog.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_ga_date();
    CatalogDataError = class extends Error {
      name = "CatalogDataError";
    };
    families = ["runtime-deps", "runtime", "aspnet", "sdk"];
    archNames = { amd64: "amd64", arm64: "arm64", arm: "arm" };
    isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
    isDate = (value) => typeof value === "string" && /^\d{4}-\d\d-\d\d$/.test(value);
    distroTable = {
      bookworm: ["debian", "12"],
      trixie: ["debian", "13"],
      jammy: ["ubuntu", "22.04"],
      noble: ["ubuntu", "24.04"],
      resolute: ["ubuntu", "26.04"]
    };
    byVersion = (a, b) => Number.parseFloat(a) - Number.parseFloat(b);
  }
});

// source/catalog/parse-catalog.ts
function field(where2, record, name, valid) {
  const value = record[name];
  if (!valid(value)) throw new CatalogDataError(`${where2} has ${value === void 0 ? "no" : "an invalid"} "${name}"`);
  return value;
}
function parseImage(value, index) {
  const where2 = `image ${index + 1}`;
  if (!isObject2(value)) throw new CatalogDataError(`${where2} is not an object`);
  const get = (name, valid) => field(where2, value, name, valid);
  const codename = get("codename", text2(/^[a-z][a-z\d.]{0,31}$/));
  let distro;
  try {
    distro = parseDistro(codename);
  } catch {
    throw new CatalogDataError(`${where2} has an unknown "codename"`);
  }
  const image2 = {
    repo: get("repo", (repo) => families.includes(repo)),
    dotnet: get("dotnet", text2(channelPattern)),
    tag: get("tag", text2(tagPattern)),
    aliases: get("aliases", (aliases2) => Array.isArray(aliases2) && aliases2.length <= 64 && aliases2.every(text2(tagPattern))),
    os: get("os", (os) => os === distro.os),
    release: get("release", (release) => release === distro.release),
    codename,
    chiseled: get("chiseled", isBoolean),
    distroless: get("distroless", isBoolean),
    extra: get("extra", isBoolean),
    composite: get("composite", isBoolean),
    aot: get("aot", isBoolean),
    architectures: get("architectures", (list) => Array.isArray(list) && list.length > 0 && list.every((entry) => architectures2.includes(entry)))
  };
  if (!image2.tag.startsWith(`${image2.dotnet}`)) throw new CatalogDataError(`${where2} has a "tag" that does not start with its .NET version`);
  return image2;
}
function parseLifecycle(value, index) {
  const where2 = `lifecycle entry ${index + 1}`;
  if (!isObject2(value)) throw new CatalogDataError(`${where2} is not an object`);
  const get = (name, valid) => field(where2, value, name, valid);
  return {
    dotnet: get("dotnet", text2(channelPattern)),
    releaseType: get("releaseType", text2(wordPattern)),
    supportPhase: get("supportPhase", text2(wordPattern)),
    eolDate: get("eolDate", isDateOrNull),
    runtimeVersion: get("runtimeVersion", text2(versionPattern)),
    sdkVersion: get("sdkVersion", text2(versionPattern)),
    minorTag: get("minorTag", text2(tagPattern)),
    gaDate: get("gaDate", isDateOrNull)
  };
}
function parseSource(value, today) {
  if (!isObject2(value)) throw new CatalogDataError('its "source" is not an object');
  const get = (name, valid) => field("its source", value, name, valid);
  get("kind", (kind) => kind === "refreshed");
  const date = get("date", text2(datePattern));
  if (date > today) throw new CatalogDataError(`it is dated ${date}, after today (${today})`);
  const fetchedAt = get("fetchedAt", text2(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?Z$/));
  if (fetchedAt.slice(0, 10) !== date) throw new CatalogDataError('its "fetchedAt" is not the day it is dated');
  return { kind: "refreshed", date, manifest: get("manifest", isAddress), releases: get("releases", isAddress), fetchedAt };
}
function parseCatalog(value, today) {
  if (!isObject2(value)) throw new CatalogDataError("it is not an object");
  const { images: images2, lifecycle: lifecycle2 } = value;
  if (!Array.isArray(images2) || images2.length === 0 || images2.length > maxImages) throw new CatalogDataError('its "images" is not a list of images');
  if (!Array.isArray(lifecycle2) || lifecycle2.length === 0 || lifecycle2.length > 200) throw new CatalogDataError('its "lifecycle" is not a list of .NET versions');
  const catalog = {
    images: images2.map((image2, index) => parseImage(image2, index)),
    lifecycle: lifecycle2.map((entry, index) => parseLifecycle(entry, index)),
    source: parseSource(value["source"], today)
  };
  checkComplete(catalog.images, "it", catalog.lifecycle);
  return catalog;
}
var architectures2, channelPattern, tagPattern, versionPattern, datePattern, wordPattern, maxImages, isObject2, text2, isBoolean, isDateOrNull, isAddress;
var init_parse_catalog = __esm({
  "source/catalog/parse-catalog.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_build_catalog();
    architectures2 = ["amd64", "arm64", "arm"];
    channelPattern = /^\d{1,2}\.\d{1,2}$/;
    tagPattern = /^\w[\w.-]{0,127}$/;
    versionPattern = /^\d{1,3}\.\d{1,3}\.\d{1,5}(?:-[\dA-Za-z][\dA-Za-z.-]{0,63})?$/;
    datePattern = /^\d{4}-\d\d-\d\d$/;
    wordPattern = /^[a-z][a-z-]{0,23}$/;
    maxImages = 5e3;
    isObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
    text2 = (pattern) => (value) => typeof value === "string" && pattern.test(value);
    isBoolean = (value) => typeof value === "boolean";
    isDateOrNull = (value) => value === null || text2(datePattern)(value);
    isAddress = (value) => {
      if (typeof value !== "string" || value.length > 2048) return false;
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    };
  }
});

// source/write/leftovers.ts
function running(pid) {
  if (pid === node_process_default.pid) return true;
  try {
    node_process_default.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function findLeftovers(folders, fs) {
  const found = /* @__PURE__ */ new Map();
  const of = (id, pid) => found.get(id) ?? found.set(id, { pid, renaming: false, temporary: [], backups: [], markers: [] }).get(id);
  for (const folder of folders) {
    const names2 = await readdir(folder).catch(() => []);
    for (const name of names2) {
      const sibling = siblingPattern.exec(name);
      const marker = markerPattern.exec(name);
      const pid = Number(sibling?.[3] ?? marker?.[2]);
      if (!sibling && !marker || running(pid)) continue;
      const file = node_path_default.join(folder, name);
      if (!await fs.lstat(file).then((info) => info.isFile(), () => false)) continue;
      if (marker) {
        const entry = of(marker[1], pid);
        entry.renaming = true;
        entry.markers.push(file);
      } else if (sibling[4] === "tmp") {
        of(sibling[2], pid).temporary.push({ file, target: node_path_default.join(folder, sibling[1]) });
      } else {
        of(sibling[2], pid).backups.push(file);
      }
    }
  }
  return found;
}
async function recoverLeftovers(folders, fs, shown3) {
  const lines2 = [];
  for (const leftover of (await findLeftovers(folders, fs)).values()) {
    const killed = `a write that was killed (process ${leftover.pid})`;
    const remove = async (files) => (await Promise.all(files.map(async (file) => fs.unlink(file).then(() => true, () => false)))).every(Boolean);
    if (leftover.renaming) {
      const finished = [];
      for (const { file, target } of leftover.temporary) {
        if (await fs.rename(file, target).then(() => true, () => false)) finished.push(shown3(target));
      }
      await remove([...leftover.backups, ...leftover.markers]);
      lines2.push(finished.length > 0 ? `${killed} had replaced some of its files: finished it (${finished.join(", ")} now as it wrote them) and removed its backups.` : `${killed} had written all its files: removed the ${leftover.backups.length + leftover.markers.length} files it kept aside.`);
    } else {
      await remove([...leftover.temporary.map((entry) => entry.file), ...leftover.backups]);
      lines2.push(`${killed} had replaced nothing: removed its ${leftover.temporary.length} temporary file${leftover.temporary.length === 1 ? "" : "s"} (${leftover.temporary.map((entry) => shown3(entry.file)).join(", ")}).`);
    }
  }
  return lines2;
}
var transactionId, transactionSibling, renamingMarker, siblingPattern, markerPattern;
var init_leftovers = __esm({
  "source/write/leftovers.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_promises();
    init_node_path();
    init_node_process();
    transactionId = () => `${node_process_default.pid}-${node_process_default.getBuiltinModule("node:crypto").randomBytes(4).toString("hex")}`;
    transactionSibling = (target, id, suffix) => node_path_default.join(node_path_default.dirname(target), `.${node_path_default.basename(target)}.${id}.${suffix}`);
    renamingMarker = (folder, id) => node_path_default.join(folder, `.dotnet-image-wizard.${id}.renaming`);
    siblingPattern = /^\.(.+)\.((\d{1,10})-[\da-f]{8})\.(tmp|old)$/;
    markerPattern = /^\.dotnet-image-wizard\.((\d{1,10})-[\da-f]{8})\.renaming$/;
  }
});

// source/catalog/cache.ts
async function readCachedCatalog(file = cacheFile(), now = /* @__PURE__ */ new Date()) {
  if (!file) return {};
  let text3;
  try {
    text3 = await readInputFile(file, { shownAs: `the cached catalog ${file}`, maxBytes: inputCaps.catalogCache });
  } catch (error) {
    if (!(error instanceof InputFileError)) throw error;
    return error.reason === "missing" ? {} : { problem: error.message.replace(/\.$/, "") };
  }
  let value;
  try {
    value = JSON.parse(text3);
  } catch {
    return { problem: `the cached catalog ${file} is not valid JSON` };
  }
  if (value?.format !== cacheFormat) return { problem: `the cached catalog ${file} was written by another version of this program` };
  try {
    return { catalog: parseCatalog(value, now.toISOString().slice(0, 10)) };
  } catch (error) {
    if (!(error instanceof CatalogDataError)) throw error;
    return { problem: `the cached catalog ${file} is not valid (${error.message})` };
  }
}
async function removeKilledRefreshes(file) {
  const pattern = new RegExp(`^${node_path_default.basename(file).replaceAll(".", "\\.")}\\.(\\d{1,10})-[\\da-f]{8}\\.tmp$`);
  const names2 = await readdir(node_path_default.dirname(file)).catch(() => []);
  const killed = names2.filter((name) => {
    const pid = pattern.exec(name)?.[1];
    return pid !== void 0 && !running(Number(pid));
  });
  await Promise.all(killed.map(async (name) => rm(node_path_default.join(node_path_default.dirname(file), name), { force: true })));
  return killed;
}
async function writeCachedCatalog(catalog, file = cacheFile()) {
  if (!file) throw new Error(noCacheFolder);
  await mkdir(node_path_default.dirname(file), { recursive: true });
  const removed2 = await removeKilledRefreshes(file);
  const { randomBytes } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  const temporary = `${file}.${node_process_default.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    const handle = await open(temporary, "wx", 420);
    try {
      await handle.writeFile(`${JSON.stringify({ format: cacheFormat, ...catalog })}
`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return removed2;
}
function newerCatalog(embedded, cached) {
  return cached && cached.source.date >= embedded.source.date ? cached : embedded;
}
var cacheFormat, cacheFile, noCacheFolder;
var init_cache = __esm({
  "source/catalog/cache.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_promises();
    init_node_path();
    init_node_process();
    init_build_catalog();
    init_parse_catalog();
    init_input_file();
    init_user_folders();
    init_leftovers();
    cacheFormat = 1;
    cacheFile = (folder = cacheFolder()) => folder && node_path_default.join(folder, "catalog.json");
    noCacheFolder = "there is no cache folder to save it in: neither XDG_CACHE_HOME nor HOME is an absolute path";
  }
});

// source/catalog/sources.ts
function checkedBase(value, origin) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new SourceUrlError(`${origin}: "${value}" is not a URL (like https://mirror.example/dotnet-docker/).`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new SourceUrlError(`${origin}: "${value}" is not an http or https URL.`);
  if (url.search || url.hash) throw new SourceUrlError(`${origin}: "${value}" is a base address: leave out ?query and #fragment.`);
  if (url.username || url.password) throw new SourceUrlError(`${origin}: "${value}" carries credentials; the catalog's sources are read anonymously.`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}
function sourceUrls(given, env) {
  const bases = Object.fromEntries(baseSettings.map(({ key, flag, env: name }) => {
    const value = given[key] ?? env[name];
    const origin = given[key] !== void 0 ? flag : name;
    return [key, value === void 0 || value === "" ? new URL(officialBases[key]) : checkedBase(value, origin)];
  }));
  return {
    manifest: new URL("manifest.json", bases.manifestBase).href,
    versions: new URL("manifest.versions.json", bases.manifestBase).href,
    releases: new URL("releases-index.json", bases.releasesBase).href,
    registry: bases.registry.href.replace(/\/$/, "")
  };
}
var officialBases, baseSettings, SourceUrlError;
var init_sources = __esm({
  "source/catalog/sources.ts"() {
    "use strict";
    init_define_PACKAGE();
    officialBases = {
      manifestBase: "https://raw.githubusercontent.com/dotnet/dotnet-docker/main/",
      releasesBase: "https://builds.dotnet.microsoft.com/dotnet/release-metadata/",
      registry: "https://mcr.microsoft.com"
    };
    baseSettings = [
      { key: "manifestBase", flag: "--manifest-base", env: "DOTNET_IMAGE_WIZARD_MANIFEST_BASE" },
      { key: "releasesBase", flag: "--releases-base", env: "DOTNET_IMAGE_WIZARD_RELEASES_BASE" },
      { key: "registry", flag: "--registry", env: "DOTNET_IMAGE_WIZARD_REGISTRY" }
    ];
    SourceUrlError = class extends Error {
      name = "SourceUrlError";
    };
  }
});

// source/registry/http.ts
var http_exports = {};
__export(http_exports, {
  NetworkError: () => NetworkError,
  commandDeadline: () => commandDeadline,
  describeFailure: () => describeFailure,
  httpGet: () => httpGet,
  httpGetOk: () => httpGetOk,
  timeoutFromEnvironment: () => timeoutFromEnvironment
});
function commandDeadline(timeoutMs = timeoutFromEnvironment(), now = Date.now()) {
  return { at: now + 3 * timeoutMs, ms: 3 * timeoutMs, timeoutMs };
}
function timeoutFromEnvironment(env = node_process_default.env) {
  const seconds2 = Number(env["DOTNET_IMAGE_WIZARD_TIMEOUT"]);
  return Number.isFinite(seconds2) && seconds2 > 0 ? seconds2 * 1e3 : defaultTimeoutMs;
}
async function undici() {
  client ??= Promise.resolve().then(() => __toESM(require("./libraries/undici.cjs"), 1)).then((module2) => module2.EnvHttpProxyAgent ? module2 : module2.default).then(({ fetch: fetch2, EnvHttpProxyAgent }) => ({
    fetch: fetch2,
    dispatcher() {
      const emitWarning = node_process_default.emitWarning;
      node_process_default.emitWarning = ((warning, ...rest) => {
        const code = typeof rest[0] === "object" ? rest[0].code : rest[1];
        if (code !== "UNDICI-EHPA") emitWarning.call(node_process_default, warning, ...rest);
      });
      try {
        return new EnvHttpProxyAgent();
      } finally {
        node_process_default.emitWarning = emitWarning;
      }
    }
  }));
  return client;
}
function describeFailure(error, url, timeoutMs) {
  const host = url.host;
  const cause = error?.cause;
  const code = cause?.code ?? error?.code;
  const message = cause?.message ?? error?.message ?? String(error);
  const name = error?.name;
  const proxy = proxyFor(url);
  if (name === "TimeoutError" || name === "AbortError") return `${host} did not answer within ${timeoutMs / 1e3} s`;
  if (proxy && /Proxy response \(\d+\)|Request was cancelled/.test(message)) {
    const status = /Proxy response \((\d+)\)/.exec(message)?.[1];
    return `the proxy ${proxy} refused the connection to ${host}${status ? ` (HTTP ${status})` : ""}`;
  }
  if (code && certificateCodes.has(code)) return `${host}'s TLS certificate is not trusted (${code}); if your network's own CA signs it, point NODE_EXTRA_CA_CERTS at that CA's certificate`;
  const via = proxy ? ` (through the proxy ${proxy})` : "";
  if (code === "ECONNREFUSED") return `cannot connect to ${proxy ? new URL(proxy).host : host}: connection refused${via}`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `cannot resolve ${host}${via}`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE") return `the connection to ${host} was cut${via}`;
  return `${host}: ${message.split("\n")[0]}${via}`;
}
async function readBody(response, onProgress) {
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : void 0;
  if (!response.body) return new Uint8Array();
  const chunks = [];
  let received = 0;
  for await (const chunk of response.body) {
    received += chunk.byteLength;
    if (received > maxBodyBytes) throw new NetworkError(`${new URL(response.url).host} sent more than ${maxBodyBytes / 1024 / 1024} MB`);
    chunks.push(chunk);
    onProgress?.(received, total);
  }
  return Buffer.concat(chunks);
}
async function attempt(url, options2, timeoutMs) {
  const { fetch: fetch2, dispatcher: newDispatcher } = await undici();
  const timeout2 = AbortSignal.timeout(timeoutMs);
  const signal = options2.signal ? AbortSignal.any([options2.signal, timeout2]) : timeout2;
  const dispatcher = newDispatcher();
  try {
    return await follow(url, options2, fetch2, dispatcher, signal);
  } catch (error) {
    if (timeout2.aborted && !options2.signal?.aborted) throw new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError");
    throw error;
  } finally {
    void dispatcher.destroy().catch(() => void 0);
  }
}
async function follow(url, options2, fetch2, dispatcher, signal) {
  let current = url;
  let headers = options2.headers;
  for (let hop = 0; ; hop++) {
    const response = await fetch2(current, { headers, redirect: "manual", signal, dispatcher });
    const location = response.headers.get("location");
    if (redirects.has(response.status) && location) {
      await response.body?.cancel();
      if (hop === maxRedirects) throw new NetworkError(`${url.href} redirects more than ${maxRedirects} times`);
      const next = new URL(location, current);
      if (current.protocol === "https:" && next.protocol !== "https:") throw new NetworkError(`${current.href} redirects to ${next.href}, which is not https: refused`);
      if (next.protocol !== "https:" && next.protocol !== "http:") throw new NetworkError(`${current.href} redirects to ${next.href}: not an http(s) address`);
      if (next.origin !== current.origin) headers = withoutCredentials(headers);
      current = next;
      continue;
    }
    const body = await readBody(response, options2.onProgress);
    return { status: response.status, statusText: response.statusText, headers: response.headers, body, url: current.href };
  }
}
async function httpGet(address, options2 = {}) {
  const url = new URL(address);
  const timeoutMs = options2.timeoutMs ?? timeoutFromEnvironment();
  const retries = options2.retries ?? 2;
  const { deadline } = options2;
  const left = () => deadline ? deadline.at - Date.now() : Number.POSITIVE_INFINITY;
  for (let round = 0; ; round++) {
    if (left() <= 0) throw new NetworkError(overdue(url, deadline));
    let response;
    try {
      response = await attempt(url, options2, Math.max(1, Math.min(timeoutMs, left())));
    } catch (error) {
      if (error instanceof NetworkError) throw error;
      if (left() <= 0 && !options2.signal?.aborted) throw new NetworkError(overdue(url, deadline));
      if (round >= retries || options2.signal?.aborted || certificateCodes.has(String(error.cause?.code))) throw new NetworkError(describeFailure(error, url, timeoutMs));
    }
    if (response && !(response.status >= 500 || response.status === 429)) return response;
    if (response && round >= retries) return response;
    await pause(Math.min(round === 0 ? 250 : 1e3, Math.max(0, left())));
  }
}
async function httpGetOk(address, options2 = {}) {
  const response = await httpGet(address, options2);
  if (response.status < 200 || response.status > 299) throw new NetworkError(`${address} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
  return response;
}
var NetworkError, overdue, defaultTimeoutMs, maxRedirects, maxBodyBytes, redirects, client, proxyFor, certificateCodes, credentialHeaders, withoutCredentials, pause;
var init_http = __esm({
  "source/registry/http.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    NetworkError = class extends Error {
      name = "NetworkError";
    };
    overdue = (url, deadline) => `${url.host} gave no complete answer within ${deadline.ms / 1e3} s in all (three times the ${deadline.timeoutMs / 1e3} s timeout): gave up`;
    defaultTimeoutMs = 2e4;
    maxRedirects = 5;
    maxBodyBytes = 64 * 1024 * 1024;
    redirects = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
    proxyFor = (url) => {
      const env = node_process_default.env;
      return url.protocol === "https:" ? env["https_proxy"] ?? env["HTTPS_PROXY"] ?? env["http_proxy"] ?? env["HTTP_PROXY"] : env["http_proxy"] ?? env["HTTP_PROXY"];
    };
    certificateCodes = /* @__PURE__ */ new Set(["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "SELF_SIGNED_CERT_IN_CHAIN", "DEPTH_ZERO_SELF_SIGNED_CERT", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "CERT_HAS_EXPIRED", "ERR_TLS_CERT_ALTNAME_INVALID", "UNABLE_TO_GET_ISSUER_CERT"]);
    credentialHeaders = /* @__PURE__ */ new Set(["authorization", "proxy-authorization", "cookie"]);
    withoutCredentials = (headers) => headers && Object.fromEntries(Object.entries(headers).filter(([name]) => !credentialHeaders.has(name.toLowerCase())));
    pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  }
});

// source/catalog/refresh.ts
var refresh_exports = {};
__export(refresh_exports, {
  RefreshError: () => RefreshError,
  refreshCatalog: () => refreshCatalog
});
async function download(document, url, options2) {
  let response;
  try {
    response = await httpGetOk(url, options2);
  } catch (error) {
    throw new RefreshError(`${names[document]}: ${error.message}`);
  }
  const text3 = Buffer.from(response.body).toString("utf8");
  try {
    return JSON.parse(text3);
  } catch (error) {
    const cut = text3.length === 0 ? "it is empty" : /end of (JSON )?input|Unterminated/i.test(error.message) ? "it ends early (truncated)" : "it is not JSON";
    throw new RefreshError(`${names[document]} from ${url}: ${cut}`);
  }
}
async function refreshCatalog(urls, options2 = {}) {
  const received = { manifest: 0, versions: 0, releases: 0 };
  const totals = {};
  const report = () => {
    const done = Object.values(received).reduce((sum, bytes) => sum + bytes, 0);
    const expected = Object.values(totals).reduce((sum, bytes) => sum + (bytes ?? 0), 0);
    options2.onProgress?.(`refreshing the image catalog: ${kilobytes(done)}${Object.keys(totals).length === 3 ? ` of ${kilobytes(expected)}` : ""}`);
  };
  const stop = new AbortController();
  const fetchOne = (document) => download(document, urls[document], {
    ...options2.http,
    signal: stop.signal,
    onProgress: (bytes, total) => {
      received[document] = bytes;
      if (total !== void 0) totals[document] = total;
      report();
    }
  });
  report();
  const downloads = ["manifest", "versions", "releases"].map((document) => fetchOne(document).catch((error) => {
    stop.abort();
    throw error;
  }));
  const [manifest, versions, releasesIndex] = await Promise.all(downloads);
  let built;
  try {
    built = buildCatalog({ manifest, versions, releasesIndex });
  } catch (error) {
    if (error instanceof CatalogDataError) throw new RefreshError(error.message);
    throw error;
  }
  const now = options2.now ?? /* @__PURE__ */ new Date();
  const source = { kind: "refreshed", date: now.toISOString().slice(0, 10), manifest: urls.manifest, releases: urls.releases, fetchedAt: now.toISOString() };
  try {
    return parseCatalog({ ...built, source }, source.date);
  } catch (error) {
    if (error instanceof CatalogDataError) throw new RefreshError(`the catalog built from the download is not valid: ${error.message}`);
    throw error;
  }
}
var RefreshError, names, kilobytes;
var init_refresh = __esm({
  "source/catalog/refresh.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_http();
    init_build_catalog();
    init_parse_catalog();
    RefreshError = class extends Error {
      name = "RefreshError";
    };
    names = { manifest: "manifest.json", versions: "manifest.versions.json", releases: "releases-index.json" };
    kilobytes = (bytes) => `${Math.round(bytes / 1024)} KB`;
  }
});

// source/cli/catalog.ts
function catalogUrls(flags2, env = node_process_default.env) {
  const text3 = (value) => typeof value === "string" ? value : void 0;
  try {
    return sourceUrls({ manifestBase: text3(flags2.manifestBase), releasesBase: text3(flags2.releasesBase), registry: text3(flags2.registry) }, env);
  } catch (error) {
    if (error instanceof SourceUrlError) throw new InputError(error.message);
    throw error;
  }
}
function progressLine() {
  if (!node_process_default.stderr.isTTY) return void 0;
  let last = 0;
  return {
    show(line) {
      const now = Date.now();
      if (now - last < 80) return;
      last = now;
      const columns = node_process_default.stderr.columns > 20 ? node_process_default.stderr.columns : 80;
      node_process_default.stderr.write(`\r\x1B[2K${line.slice(0, columns - 1)}`);
    },
    clear: () => node_process_default.stderr.write("\r\x1B[2K")
  };
}
function changes(before, after) {
  const names2 = (catalog) => new Set(catalog.images.map((image2) => `${image2.repo}:${image2.tag}`));
  const old = names2(before);
  const fresh = names2(after);
  const added = [...fresh].filter((name) => !old.has(name)).length;
  const gone = [...old].filter((name) => !fresh.has(name)).length;
  return added === 0 && gone === 0 ? "no tag changed" : `${added} new, ${gone} gone`;
}
async function openCatalog(flags2, output) {
  if (flags2.offline && (flags2.refresh || flags2.verify || flags2.pin)) throw new InputError(`--offline uses no network: it cannot go with ${flags2.refresh ? "--refresh" : flags2.verify ? "--verify" : "--pin"}.`);
  const urls = catalogUrls(flags2);
  if (flags2.offline) {
    useCatalog(embeddedCatalog);
    return void 0;
  }
  const cached = await readCachedCatalog();
  if (cached.problem) output.error(`note: ${cached.problem}; ${flags2.refresh ? "this refresh replaces it" : "using the built-in catalog until --refresh replaces it"}.`);
  useCatalog(newerCatalog(embeddedCatalog, cached.catalog));
  if (!flags2.refresh) return void 0;
  const alone = Object.entries(flags2).every(([name, value]) => value === void 0 || catalogOnly.has(name));
  const previous = activeCatalog();
  const progress2 = progressLine();
  let fresh;
  let removed2;
  try {
    const { refreshCatalog: refreshCatalog2 } = await Promise.resolve().then(() => (init_refresh(), refresh_exports));
    const { commandDeadline: commandDeadline2 } = await Promise.resolve().then(() => (init_http(), http_exports));
    fresh = await refreshCatalog2(urls, { onProgress: progress2?.show, http: { deadline: commandDeadline2() } });
    removed2 = await writeCachedCatalog(fresh);
  } catch (error) {
    progress2?.clear();
    const reason = error.code && !error.message.includes(error.code) ? `${error.message} (${error.code})` : error.message;
    output.error(`${alone ? "dotnet-image-wizard" : "warning"}: cannot refresh the image catalog: ${reason}. Still using the catalog of ${shortSource(previous.source)}.`);
    return alone ? 1 : void 0;
  }
  progress2?.clear();
  if (removed2.length > 0) output.error(`note: removed ${removed2.join(", ")}, left by a refresh that was killed.`);
  useCatalog(fresh);
  const versions = [...new Set(fresh.images.map((image2) => image2.dotnet))].join(", ");
  const line = `refreshed the image catalog: ${fresh.images.length} tags for .NET ${versions} (${changes(previous, fresh)} since ${previous.source.date}), saved to ${cacheFile()}`;
  if (alone) output.write(`${line}
`);
  else output.error(line);
  return alone ? 0 : void 0;
}
var catalogOnly;
var init_catalog2 = __esm({
  "source/cli/catalog.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    init_active();
    init_cache();
    init_sources();
    init_resolve();
    catalogOnly = /* @__PURE__ */ new Set(["refresh", "offline", "manifestBase", "releasesBase", "registry", "today", "project", "context", "detect", "config"]);
  }
});

// source/cli/terminal-writers.ts
function withWriters(terminal2, writers) {
  return Object.assign(Object.create(terminal2), writers);
}
var init_terminal_writers = __esm({
  "source/cli/terminal-writers.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// ui-library:ink
var library, Box, Newline, Spacer, Static, Text, Transform, kittyFlags, kittyModifiers, measureElement, render, renderToString, useApp, useCursor, useFocus, useFocusManager, useInput, useIsScreenReaderEnabled, useStderr, useStdin, useStdout;
var init_ink = __esm({
  "ui-library:ink"() {
    init_define_PACKAGE();
    library = globalThis[/* @__PURE__ */ Symbol.for("dotnet-image-wizard.ui-libraries")]["ink"];
    ({ Box, Newline, Spacer, Static, Text, Transform, kittyFlags, kittyModifiers, measureElement, render, renderToString, useApp, useCursor, useFocus, useFocusManager, useInput, useIsScreenReaderEnabled, useStderr, useStdin, useStdout } = library);
  }
});

// source/session/cancellation.ts
function cancelledExitCode() {
  return exitCodes[cancelled.reason] ?? 130;
}
function onStop(cleanup) {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}
function runCleanups() {
  const said = [];
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    try {
      const words3 = cleanup();
      if (words3) said.push(words3);
    } catch {
    }
  }
  return said;
}
function holdExit() {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
  };
}
function stopNow(code, line) {
  if (!cancelled.aborted) controller.abort("stopped");
  const said = runCleanups();
  const text3 = line?.(said);
  if (text3) {
    try {
      node_process_default.stderr.write(`${text3}
`);
    } catch {
    }
  }
  node_process_default.exit(code);
}
function stopBySignal(name) {
  const first = !cancelled.aborted;
  if (first) controller.abort(name);
  if (first && holds > 0) return;
  stopNow(exitCodes[name], (said) => `dotnet-image-wizard: stopped by ${name}${said.length > 0 ? `: ${said.join("; ")}` : ""}.`);
}
function installCancellation() {
  if (installed) return;
  installed = true;
  for (const name of Object.keys(exitCodes)) node_process_default.on(name, () => stopBySignal(name));
  node_process_default.on("exit", () => {
    runCleanups();
  });
}
var exitCodes, controller, cleanups, holds, installed, cancelled;
var init_cancellation = __esm({
  "source/session/cancellation.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
    controller = new AbortController();
    cleanups = /* @__PURE__ */ new Set();
    holds = 0;
    installed = false;
    cancelled = controller.signal;
  }
});

// ui-library:react
var library2, react_default, Activity, Children, Component, Fragment, Profiler, PureComponent, StrictMode, Suspense, ViewTransition, __CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE, __COMPILER_RUNTIME, addTransitionType, cache, cacheSignal, cloneElement, createContext, createElement, createRef, forwardRef, isValidElement, lazy, memo, startTransition, unstable_useCacheRefresh, use, useActionState, useCallback, useContext, useDebugValue, useDeferredValue, useEffect, useEffectEvent, useId, useImperativeHandle, useInsertionEffect, useLayoutEffect, useMemo, useOptimistic, useReducer, useRef, useState, useSyncExternalStore, useTransition, version2;
var init_react = __esm({
  "ui-library:react"() {
    init_define_PACKAGE();
    library2 = globalThis[/* @__PURE__ */ Symbol.for("dotnet-image-wizard.ui-libraries")]["react"];
    react_default = library2.default;
    ({ Activity, Children, Component, Fragment, Profiler, PureComponent, StrictMode, Suspense, ViewTransition, __CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE, __COMPILER_RUNTIME, addTransitionType, cache, cacheSignal, cloneElement, createContext, createElement, createRef, forwardRef, isValidElement, lazy, memo, startTransition, unstable_useCacheRefresh, use, useActionState, useCallback, useContext, useDebugValue, useDeferredValue, useEffect, useEffectEvent, useId, useImperativeHandle, useInsertionEffect, useLayoutEffect, useMemo, useOptimistic, useReducer, useRef, useState, useSyncExternalStore, useTransition, version: version2 } = library2);
  }
});

// source/ui/components/CrashBoundary.tsx
var CrashBoundary;
var init_CrashBoundary = __esm({
  "source/ui/components/CrashBoundary.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_react();
    CrashBoundary = class extends Component {
      state = { crashed: false };
      static getDerivedStateFromError() {
        return { crashed: true };
      }
      componentDidCatch(error) {
        this.props.onCrash(error instanceof Error ? error : new Error(String(error)));
      }
      render() {
        return this.state.crashed ? null : this.props.children;
      }
    };
  }
});

// ui-library:ink-spinner
var library3, ink_spinner_default;
var init_ink_spinner = __esm({
  "ui-library:ink-spinner"() {
    init_define_PACKAGE();
    library3 = globalThis[/* @__PURE__ */ Symbol.for("dotnet-image-wizard.ui-libraries")]["ink-spinner"];
    ink_spinner_default = library3.default;
  }
});

// source/ui/theme.ts
var enabled, theme;
var init_theme = __esm({
  "source/ui/theme.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    enabled = !("NO_COLOR" in node_process_default.env) || node_process_default.env.NO_COLOR === "";
    theme = {
      accent: enabled ? "cyan" : void 0,
      good: enabled ? "green" : void 0,
      warn: enabled ? "yellow" : void 0,
      bad: enabled ? "red" : void 0,
      muted: enabled ? "gray" : void 0
    };
  }
});

// ui-library:react/jsx-runtime
var library4, jsx_runtime_default, Fragment2, jsx, jsxs;
var init_jsx_runtime = __esm({
  "ui-library:react/jsx-runtime"() {
    init_define_PACKAGE();
    library4 = globalThis[/* @__PURE__ */ Symbol.for("dotnet-image-wizard.ui-libraries")]["react/jsx-runtime"];
    jsx_runtime_default = library4.default;
    ({ Fragment: Fragment2, jsx, jsxs } = library4);
  }
});

// source/session/answer-words.ts
function answerPhrase(id, value) {
  return phrases[id](value);
}
function sourceMark(provenance) {
  const mark = provenance ? sourceMarks[provenance.source] : void 0;
  if (!mark) return void 0;
  return provenance.note && provenance.source === "detected" ? `${mark}: ${shownText(provenance.note)}` : mark;
}
function warningsToShow(warnings, provenance) {
  return warnings.filter((warning) => !(warning.code === "globalization" && provenance.globalization?.source === "detected")).filter((warning) => warning.code !== "target-framework").map((warning, index) => ({ warning, index })).sort((a, b) => rank(a.warning.code) - rank(b.warning.code) || a.index - b.index).map(({ warning }) => ({ ...warning, message: inSessionWords(warning.message) }));
}
function inSessionWords(message) {
  return message.replaceAll(/`?--([a-z]+) ([\w-]+(?:\.[\w-]+)*)`?/g, (whole, id, value) => {
    if (!flagged.includes(id)) return whole;
    try {
      const phrase = phrases[id](value);
      return phrase ? `"${phrase}"` : whole;
    } catch {
      return whole;
    }
  });
}
var phrases, sourceMarks, order, rank, flagged;
var init_answer_words = __esm({
  "source/session/answer-words.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_shown_text();
    phrases = {
      dotnet: (value) => `.NET ${value}`,
      app: (value) => value === "web" ? "web app" : "worker/console app",
      deploy: (value) => ({ framework: "framework-dependent", "self-contained": "self-contained", aot: "Native AOT" })[value],
      startup: (value) => ({ jit: "JIT start-up", readytorun: "ReadyToRun", composite: "ReadyToRun + composite" })[value],
      shell: (value) => value === "no" ? "no shell" : "with a shell",
      globalization: (value) => value === "invariant" ? "invariant globalization" : "ICU and time zones",
      os: (value) => osNames[value],
      arch: (value) => value.map((architecture2) => platforms[architecture2].platform).join(", ")
    };
    sourceMarks = { detected: "detected", config: "saved", default: "recommended" };
    order = ["shell", "emulation", "global-json", "end-of-support", "preview", "version-lock", "globalization"];
    rank = (code) => {
      const index = order.indexOf(code);
      return index === -1 ? 2 : index;
    };
    flagged = ["dotnet", "app", "deploy", "startup", "shell", "globalization", "os"];
  }
});

// source/render/dockerfile-dialect.ts
var portableDialect, buildkitDialect;
var init_dockerfile_dialect = __esm({
  "source/render/dockerfile-dialect.ts"() {
    "use strict";
    init_define_PACKAGE();
    portableDialect = { copyLink: false, runMounts: true };
    buildkitDialect = { copyLink: true, runMounts: true };
  }
});

// source/render/health-probe.ts
function probeProject(dotnet2) {
  return [
    '<Project Sdk="Microsoft.NET.Sdk">',
    "  <PropertyGroup>",
    "    <OutputType>Exe</OutputType>",
    `    <TargetFramework>net${dotnet2}</TargetFramework>`,
    "    <ImplicitUsings>enable</ImplicitUsings>",
    "    <InvariantGlobalization>true</InvariantGlobalization>",
    "    <DebugType>none</DebugType>",
    "  </PropertyGroup>",
    "</Project>"
  ];
}
function hasDotnetHost(recommendation2) {
  return recommendation2.answers.deploy === "framework";
}
function probePublish(recommendation2) {
  const arch = recommendation2.buildMode === "emulated" ? "" : " -a $TARGETARCH";
  const output = ` -o ${healthProbeFolder}`;
  switch (recommendation2.answers.deploy) {
    case "framework":
      return `dotnet publish -c Release -p:UseAppHost=false${output}`;
    case "self-contained":
      return `dotnet publish -c Release${arch} --self-contained -p:PublishSingleFile=true -p:PublishTrimmed=true${output}`;
    case "aot":
      return `dotnet publish -c Release${arch} -p:PublishAot=true${output} \\
    && rm -f ${healthProbeFolder}/*.dbg`;
  }
}
function printfLines(lines2, file) {
  if (lines2.some((line) => line.includes("'"))) throw new Error("health probe source: a line holds a single quote");
  return `printf '%s\\n' \\
${lines2.map((line) => `        '${line}' \\`).join("\n")}
        > ${file}`;
}
function healthProbeBuild(recommendation2) {
  return [
    "",
    "# The health check compose.yaml runs: the final image has no shell, curl or wget, so a small",
    "# .NET program asks the app's URL and exits 0 (healthy) or 1",
    "WORKDIR /probe",
    `RUN ${printfLines(probeProject(recommendation2.answers.dotnet), "healthcheck.csproj")} \\`,
    `    && ${printfLines(probeProgram, "Program.cs")} \\`,
    `    && ${probePublish(recommendation2)}`
  ];
}
function healthProbeCopy(copy) {
  return `${copy} --from=build ${healthProbeFolder} ${healthProbeFolder}`;
}
function healthProbeCommand(recommendation2, url) {
  return hasDotnetHost(recommendation2) ? ["dotnet", `${healthProbeFolder}/healthcheck.dll`, url] : [`${healthProbeFolder}/healthcheck`, url];
}
var healthProbeFolder, probeProgram;
var init_health_probe = __esm({
  "source/render/health-probe.ts"() {
    "use strict";
    init_define_PACKAGE();
    healthProbeFolder = "/healthcheck";
    probeProgram = [
      "// healthcheck URL: exit 0 when the app answers below 500 within 5 seconds, else 1",
      "using System.Net.Sockets;",
      "using System.Text;",
      "try",
      "{",
      "    var url = new Uri(args[0]);",
      "    using var client = new TcpClient { ReceiveTimeout = 5000, SendTimeout = 5000 };",
      "    if (!client.ConnectAsync(url.Host, url.Port).Wait(5000)) return 1;",
      "    var stream = client.GetStream();",
      '    stream.Write(Encoding.ASCII.GetBytes($"GET {url.PathAndQuery} HTTP/1.0\\r\\nHost: {url.Authority}\\r\\n\\r\\n"));',
      '    var status = new StreamReader(stream, Encoding.ASCII).ReadLine()?.Split(" ");',
      "    return status is [_, var code, ..] && int.TryParse(code, out var number) && number < 500 ? 0 : 1;",
      "}",
      "catch (Exception)",
      "{",
      "    return 1;",
      "}"
    ];
  }
});

// source/render/native-install.ts
function nativePackages(recommendation2, manager) {
  return [...new Set((recommendation2.nativeDependencies ?? []).flatMap((need) => need.dependency.install[manager]))];
}
function managerOf(recommendation2) {
  const { os } = recommendation2.runtime.image;
  return os === "alpine" ? "apk" : os === "azurelinux" ? "tdnf" : "apt";
}
function nativeInstall(recommendation2) {
  const { image: image2 } = recommendation2.runtime;
  if (image2.chiseled || image2.distroless) return [];
  const manager = managerOf(recommendation2);
  const packages = nativePackages(recommendation2, manager);
  if (packages.length === 0) return [];
  const needs = recommendation2.nativeDependencies ?? [];
  const libraries = [...new Set(needs.map((need) => need.dependency.library))].join(", ");
  const list = packages.join(" ");
  const install = {
    apt: `RUN apt-get update \\
    && apt-get install -y --no-install-recommends ${list} \\
    && rm -rf /var/lib/apt/lists/*`,
    apk: `RUN apk add --no-cache ${list}`,
    tdnf: `RUN tdnf install -y ${list} \\
    && tdnf clean all`
  }[manager];
  return [`# The native code of ${needs.map((need) => need.package).join(", ")} loads ${libraries}, which the image lacks`, install];
}
var init_native_install = __esm({
  "source/render/native-install.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/render/oci-labels.ts
function ociLabels(recommendation2, project) {
  const [name, digest2] = recommendation2.runtime.reference.split("@");
  const labels = [
    ["org.opencontainers.image.base.name", name],
    ["org.opencontainers.image.base.digest", digest2 && /^sha256:[0-9a-f]{64}$/.test(digest2) ? digest2 : void 0],
    ["org.opencontainers.image.source", project.sourceUrl !== void 0 && validSourceUrl(project.sourceUrl) ? project.sourceUrl : void 0],
    ["org.opencontainers.image.version", project.version !== void 0 && validVersion(project.version) ? project.version : void 0]
  ];
  const present2 = labels.filter((label2) => label2[1] !== void 0 && /^[A-Za-z0-9._:/@+~%-]+$/.test(label2[1]));
  if (present2.length === 0) return [];
  const lines2 = present2.map(([key, value], index) => `${index === 0 ? "LABEL " : "      "}${key}="${value}"`);
  return ["# OCI labels, as the .NET SDK sets them on the images it builds", lines2.join(" \\\n")];
}
var init_oci_labels = __esm({
  "source/render/oci-labels.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_project();
  }
});

// source/render/publish-arguments.ts
function publishProperties(recommendation2) {
  const { answers } = recommendation2;
  const properties = {};
  if (answers.deploy === "aot") properties.PublishAot = "true";
  if (answers.deploy === "self-contained") properties.SelfContained = "true";
  if (answers.deploy !== "aot" && answers.startup !== "jit") properties.PublishReadyToRun = "true";
  properties.InvariantGlobalization = answers.globalization === "invariant" ? "true" : "false";
  return properties;
}
function restoreProperties(recommendation2) {
  const properties = publishProperties(recommendation2);
  return ["PublishAot", "SelfContained", "PublishReadyToRun"].filter((name) => properties[name]).map((name) => `-p:${name}=true`);
}
var restoreConfiguration;
var init_publish_arguments = __esm({
  "source/render/publish-arguments.ts"() {
    "use strict";
    init_define_PACKAGE();
    restoreConfiguration = "-p:Configuration=Release";
  }
});

// source/render/dockerfile.ts
function aotCrossToolchain(codename) {
  const cases = crossToolchains.map(({ arch, triple, mirror }) => `            ${arch}) triple=${triple}; mirror=${mirror} ;; \\`);
  return [
    "",
    "# Native AOT links with the target's C toolchain: add it when cross-compiling",
    'RUN if [ "$TARGETARCH" != "$BUILDARCH" ]; then \\',
    '        case "$TARGETARCH" in \\',
    ...cases,
    "        esac \\",
    '        && sed -i "/Signed-By/ a Architectures: $BUILDARCH" /etc/apt/sources.list.d/ubuntu.sources \\',
    `        && printf 'Types: deb\\nURIs: %s\\nSuites: ${codename} ${codename}-updates\\nComponents: main restricted\\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\\nArchitectures: %s\\n' "$mirror" "$TARGETARCH" > /etc/apt/sources.list.d/$TARGETARCH.sources \\`,
    "        && dpkg --add-architecture $TARGETARCH \\",
    "        && apt-get update \\",
    "        && apt-get install -y --no-install-recommends gcc-$triple zlib1g-dev:$TARGETARCH \\",
    "        && rm -rf /var/lib/apt/lists/*; \\",
    "    fi"
  ];
}
function aotToolchainInstall(recommendation2) {
  const packages = recommendation2.aotToolchain.join(" ");
  const install = recommendation2.build.image.os === "alpine" ? `RUN apk add --no-cache ${packages}` : `RUN apt-get update \\
    && apt-get install -y --no-install-recommends ${packages} \\
    && rm -rf /var/lib/apt/lists/*`;
  return ["", `# .NET ${recommendation2.answers.dotnet} has no -aot SDK image: add the toolchain Native AOT links with`, install];
}
function copyRestoreFiles(project, copy) {
  if (project.restoreFiles.length === 0) return [`${copy} *.csproj .`];
  return project.restoreFiles.map((file) => {
    const folder = file.includes("/") ? `${file.slice(0, file.lastIndexOf("/"))}/` : ".";
    return `${copy} ${file} ${folder}`;
  });
}
function runtimeComment(recommendation2) {
  const { image: image2 } = recommendation2.runtime;
  if (image2.chiseled) return "# Ubuntu chiseled: no shell or package manager, runs as the non-root app user";
  if (image2.distroless) return "# Azure Linux distroless: no shell or package manager, runs as the non-root app user";
  if (recommendation2.answers.deploy !== "framework") return "# runtime-deps: the OS and native dependencies only; the app brings its own runtime";
  return "# Runtime stage";
}
function globalizationEnvironment(recommendation2) {
  const { image: image2 } = recommendation2.runtime;
  const defaultsToInvariant = image2.distroless || image2.os === "alpine";
  if (recommendation2.answers.globalization === "icu" && defaultsToInvariant) {
    return ["# The -extra image carries ICU and tzdata: switch globalization back on", "ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false"];
  }
  if (recommendation2.answers.globalization === "invariant" && !defaultsToInvariant) {
    return ["# Invariant globalization: the app never loads ICU", "ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true"];
  }
  return [];
}
function commentLine(text3) {
  if (/[\r\n\u2028\u2029]/.test(text3)) throw new InputError(`a value in the Dockerfile's "# Build:" line has a line break, which would end the comment: refused.`);
  return `# ${text3}`;
}
function baseImage2(reference3) {
  if (!isImageReference(reference3)) throw new InputError(`the base image ${shownValue(reference3)} is not an image reference: check --base-registry.`);
  return reference3;
}
function checkedProject(project) {
  checkName(project.name, "assembly name");
  if (project.projectFile !== void 0) checkPath(project.projectFile, "project file");
  for (const file of project.restoreFiles) checkPath(file, "restore file");
  for (const file of secretConfigs(project)) checkPath(file, "NuGet.config");
  return project;
}
function renderDockerfile(recommendation2, checkedInput, imageName, options2 = {}) {
  const { answers, build, runtime, buildMode } = recommendation2;
  const project = checkedProject(checkedInput);
  const dialect = options2.dialect ?? portableDialect;
  const copy = dialect.copyLink ? "COPY --link" : "COPY";
  const placement = options2.placement ?? { context: "." };
  const cross = buildMode !== "emulated";
  const arch = cross ? " -a $TARGETARCH" : "";
  const target = project.projectFile ? ` ${shellWord(project.projectFile)}` : "";
  const restoreExtra = restoreProperties(recommendation2).map((property) => ` ${property}`).join("");
  const framework = publishFramework(project, answers.dotnet);
  const publish = runWith(publishMounts(dialect), `dotnet publish${target}${framework ? ` -f ${shellWord(framework)}` : ""}${arch} --no-restore -c Release${restoreExtra} -o /app`);
  const placeholder = placeholderNote(recommendation2, imageName);
  const lines2 = [
    "# syntax=docker/dockerfile:1",
    ...placement.from ? [commentLine(`Run from ${placement.from}, the build context (restore needs files from there):`)] : [],
    commentLine(`Build: ${shownBuildxLine(recommendation2, { image: imageName, context: placement.context, ...placement.dockerfile ? { dockerfile: placement.dockerfile } : {}, ...project.secretNugetConfig ? { nugetSecret: node_path_default.posix.join(placement.context, project.secretNugetConfig) } : {} })}`),
    ...placeholder ? [commentLine(`(${placeholder})`)] : [],
    ""
  ];
  if (cross) {
    lines2.push(
      "# The SDK runs on the build machine's own platform and cross-compiles for the target: no emulation",
      `FROM --platform=$BUILDPLATFORM ${baseImage2(build.reference)} AS build`,
      "ARG TARGETARCH"
    );
    if (buildMode === "cross-aot") lines2.push("ARG BUILDARCH");
  } else {
    lines2.push(
      `# Native AOT cannot cross-compile on ${osNames[build.image.os]}: this stage runs on the target platform (emulated on other builders)`,
      `FROM ${baseImage2(build.reference)} AS build`
    );
  }
  lines2.push("WORKDIR /source");
  if (buildMode === "cross-aot") lines2.push(...aotCrossToolchain(build.image.codename));
  if (recommendation2.aotToolchain.length > 0) lines2.push(...aotToolchainInstall(recommendation2));
  lines2.push(
    "",
    ...restoreComment(project, dialect),
    ...copyRestoreFiles(project, copy),
    runWith(restoreMounts(project, dialect), `dotnet restore${target}${arch}${restoreExtra} ${restoreConfiguration}`),
    "",
    `${copy} . .`
  );
  if (answers.deploy === "aot") {
    lines2.push("# Debug symbols (.dbg) stay out of the image", `${publish} \\
    && rm -f /app/*.dbg`);
  } else {
    lines2.push(publish);
  }
  if (options2.healthProbe) lines2.push(...healthProbeBuild(recommendation2));
  lines2.push("", "", runtimeComment(recommendation2), `FROM ${baseImage2(runtime.reference)}`);
  lines2.push(...ociLabels(recommendation2, project));
  lines2.push(...nativeInstall(recommendation2));
  const port = exposedPort(project, answers.app);
  if (port !== void 0 && !(Number.isInteger(port) && port >= 1 && port <= 65535)) throw new InputError(`ContainerPort ${String(port)} is not a port number (1-65535).`);
  if (port !== void 0) lines2.push(`EXPOSE ${port}`);
  if (answers.app === "web" && port !== aspnetImagePort) lines2.push("# Kestrel listens on the port the project names, not the image's 8080", `ENV ASPNETCORE_HTTP_PORTS=${port}`);
  if (project.rollForward && answers.deploy === "framework") lines2.push("# The app targets an older .NET: let it run on this image's newer runtime (--roll-forward)", "ENV DOTNET_ROLL_FORWARD=Major");
  const environment2 = globalizationEnvironment(recommendation2);
  if (environment2.length > 0) lines2.push(...environment2);
  lines2.push("WORKDIR /app", `${copy} --from=build /app .`);
  if (options2.healthProbe) lines2.push(healthProbeCopy(copy));
  if (!runtime.image.distroless) lines2.push("USER $APP_UID");
  lines2.push(answers.deploy === "framework" && !project.singleFile ? `ENTRYPOINT ${execForm(["dotnet", `${project.name}.dll`])}` : `ENTRYPOINT ${execForm([`./${project.name}`])}`);
  return `${lines2.join("\n")}
`;
}
var crossToolchains, execForm;
var init_dockerfile = __esm({
  "source/render/dockerfile.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_catalog();
    init_resolve();
    init_oci_reference();
    init_posix_shell();
    init_shown_text();
    init_project();
    init_build_command();
    init_dockerfile_dialect();
    init_health_probe();
    init_native_install();
    init_oci_labels();
    init_publish_arguments();
    init_run_mounts();
    crossToolchains = [
      { arch: "amd64", triple: "x86-64-linux-gnu", mirror: "http://archive.ubuntu.com/ubuntu/" },
      { arch: "arm64", triple: "aarch64-linux-gnu", mirror: "http://ports.ubuntu.com/ubuntu-ports/" }
    ];
    execForm = (words3) => `[${words3.map((word) => JSON.stringify(word)).join(", ")}]`;
  }
});

// source/render/dockerignore.ts
function secretLines(secretConfigs2) {
  return secretConfigs2.length === 0 ? "" : `
# Feed credentials: the build mounts NuGet.config as the secret "nugetconfig", never copies it
${secretConfigs2.join("\n")}
`;
}
function renderDockerignore(secretConfigs2 = []) {
  return `# Build output (the image builds its own), and image archives from earlier builds
**/bin/
**/obj/
**/out/
**/publish/
**/*.oci.tar

# Source control, editors and tooling
.git/
.vs/
.vscode/
.idea/
*.user
*.suo
**/node_modules/

# Local settings and secrets never belong in an image
**/.env
**/*.env
**/secrets.json
**/appsettings.Development.json
**/Properties/launchSettings.json
**/*.pfx

# Container files: changing them need not invalidate the build context
**/Dockerfile*
**/.dockerignore
**/docker-compose*
**/compose.y*ml
${secretLines(secretConfigs2)}`;
}
function mergeDockerignore(existing, ours = renderDockerignore()) {
  if (existing === void 0 || existing.trim() === "" || existing.trim() === ours.trim()) return ours;
  const lines2 = existing.replaceAll("\r\n", "\n").split("\n");
  const start2 = lines2.indexOf(blockStart);
  const end = start2 === -1 ? -1 : lines2.indexOf(blockEnd, start2);
  const theirs = start2 === -1 || end === -1 ? lines2 : [...lines2.slice(0, start2), ...lines2.slice(end + 1)];
  while (theirs.length > 0 && theirs[0].trim() === "") theirs.shift();
  const block = [blockStart, ...ours.trimEnd().split("\n"), blockEnd];
  const rest = theirs.join("\n");
  return `${block.join("\n")}

${rest.endsWith("\n") ? rest : `${rest}
`}`;
}
var blockStart, blockEnd;
var init_dockerignore = __esm({
  "source/render/dockerignore.ts"() {
    "use strict";
    init_define_PACKAGE();
    blockStart = "# >>> dotnet-image-wizard: the entries this tool needs (kept up to date by it; yours are outside this block)";
    blockEnd = "# <<< dotnet-image-wizard";
  }
});

// source/runner/preflight-error.ts
var PreflightError;
var init_preflight_error = __esm({
  "source/runner/preflight-error.ts"() {
    "use strict";
    init_define_PACKAGE();
    PreflightError = class extends Error {
      name = "PreflightError";
    };
  }
});

// source/runner/probe.ts
async function probe(command, args, options2 = {}) {
  let drop = () => {
  };
  try {
    const subprocess = (0, import_execa.execa)(command, args, { reject: false, timeout: 2e4, stdin: "ignore", ...options2 });
    drop = onStop(() => {
      subprocess.kill("SIGKILL");
    });
    const result = await subprocess;
    const missing = result.code === "ENOENT";
    return { ok: result.exitCode === 0, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? ""), missing };
  } catch {
    return { ok: false, stdout: "", stderr: "", missing: true };
  } finally {
    drop();
  }
}
function firstLine(text3) {
  return text3.split("\n").map((line) => line.trim()).find(Boolean) ?? "";
}
var import_execa;
var init_probe = __esm({
  "source/runner/probe.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_execa = require("./libraries/execa.cjs");
    init_cancellation();
  }
});

// source/runner/build-machine.ts
function runsNatively(node, platform) {
  return node.native.some((native) => architectureOf(native) === architectureOf(platform));
}
function parseBuilderInspect(text3) {
  const lines2 = text3.split("\n").map((line) => line.trim());
  const nodesAt = lines2.findIndex((line) => line === "Nodes:");
  const header = nodesAt === -1 ? lines2 : lines2.slice(0, nodesAt);
  const blocks = [];
  for (const line of nodesAt === -1 ? ["Name:", ...lines2] : lines2.slice(nodesAt + 1)) {
    if (line.startsWith("Name:")) blocks.push([]);
    if (line !== "") blocks.at(-1)?.push(line);
  }
  const nodes = blocks.map((block) => {
    const listed = (field2(block, "Platforms") ?? "").split(",").map((platform) => platform.trim()).filter(Boolean);
    const starred = listed.filter((platform) => platform.endsWith("*")).map((platform) => platform.slice(0, -1));
    const all = listed.map((platform) => platform.replace(/\*$/, ""));
    const endpoint = field2(block, "Endpoint");
    return { name: field2(block, "Name") || "node", ...endpoint ? { endpoint } : {}, platforms: all, native: starred.length > 0 ? starred : all.slice(0, 1) };
  });
  return { name: field2(header, "Name") ?? "default", driver: field2(header, "Driver") ?? "docker", nodes };
}
function hostArchitecture(arch = node_process_default.arch) {
  const byNodeArch = { x64: "amd64", arm64: "arm64", arm: "arm" };
  return byNodeArch[arch];
}
function thisMachine(architecture2 = hostArchitecture()) {
  const own = architecture2 ? [platforms[architecture2].platform] : [];
  return { name: "this machine", driver: "local", nodes: [{ name: "this machine", platforms: own, native: own }] };
}
function machineTitle(machine2) {
  return machine2.driver === "local" ? machine2.name : `the buildx builder "${machine2.name}" (${machine2.driver} driver)`;
}
var architectureOf, field2;
var init_build_machine = __esm({
  "source/runner/build-machine.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    init_catalog();
    architectureOf = (platform) => platform.split("/").slice(0, 2).join("/");
    field2 = (block, name) => block.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1).trim();
  }
});

// source/runner/engines/version.ts
function parseVersion2(text3) {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text3);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : void 0;
}
function atLeast(version3, minimum) {
  const have = parseVersion2(version3);
  const need = parseVersion2(minimum);
  if (!have) return false;
  for (let index = 0; index < 3; index++) {
    if (have[index] !== need[index]) return have[index] > need[index];
  }
  return true;
}
var init_version = __esm({
  "source/runner/engines/version.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/runner/engines/containers-storage.ts
function attestationNote(tool3, version3) {
  const sbom = atLeast(version3, tool3.sbomSince) ? `${tool3.program} ${version3} can add an SBOM with "build --sbom syft", which runs a scanner image (not passed: it pulls ghcr.io/anchore/syft)` : `${tool3.program} ${version3} makes no SBOM (build --sbom came with ${tool3.program} ${tool3.sbomSince})`;
  return `${sbom}, and ${tool3.program} makes no provenance attestation: build with --engine docker for both.`;
}
function globalFlags(request) {
  const driver = request.environment["STORAGE_DRIVER"];
  return driver ? ["--storage-driver", driver] : [];
}
function layerFlags(tool3, request) {
  return tool3.program === "buildah" && request.environment["STORAGE_DRIVER"] !== "vfs" ? ["--layers"] : [];
}
function containersCommands(tool3, request) {
  const run3 = (args, mayFail = false) => ({ command: tool3.program, args: [...globalFlags(request), ...args], ...mayFail ? { mayFail } : {} });
  const multiPlatform = request.recommendation.answers.arch.length > 1;
  const isolation = request.environment["BUILDAH_ISOLATION"];
  const steps = [];
  if (multiPlatform) steps.push(run3(["manifest", "rm", request.image], true));
  steps.push(run3([
    "build",
    ...isolation ? ["--isolation", isolation] : [],
    ...layerFlags(tool3, request),
    "--platform",
    platformList(request.recommendation),
    ...multiPlatform ? ["--manifest", request.image] : ["--tag", request.image],
    ...tlsFlags(request),
    ...request.dockerfile ? ["--file", request.dockerfile] : [],
    ...request.ignoreFile ? ["--ignorefile", request.ignoreFile] : [],
    ...nugetSecretArguments(request.nugetSecret),
    "."
  ]));
  const push = multiPlatform ? ["manifest", "push", "--all"] : ["push"];
  if (request.output === "push") steps.push(run3([...push, ...tlsFlags(request), request.image, `docker://${request.image}`]));
  if (typeof request.output === "object") steps.push(run3([...push, request.image, `oci-archive:${request.output.oci}`]));
  return { steps, env: {} };
}
function containersDialect(tool3) {
  return (version3) => ({ copyLink: atLeast(version3, tool3.copyLinkSince), runMounts: atLeast(version3, tool3.runMountsSince) });
}
async function containersPreflight(tool3, { request, version: version3 }) {
  const { recommendation: recommendation2 } = request;
  const info = await probe(tool3.program, [...globalFlags(request), "info"]);
  if (/database configuration mismatch/.test(info.stderr)) {
    throw new PreflightError(`${tool3.program}'s database was made with another storage driver than this run's (${firstLine(info.stderr)}): build with the STORAGE_DRIVER it was made with, or start afresh with "${tool3.program} system reset" (it removes every image and container).`);
  }
  if (!info.ok) throw new PreflightError(`${tool3.program} info failed (${firstLine(info.stderr) || "no output"}): check its storage configuration, e.g. STORAGE_DRIVER=vfs where overlay is not available.`);
  const foreign = recommendation2.answers.arch.filter((architecture2) => architecture2 !== hostArchitecture());
  const notes = [];
  if (request.output !== "load") notes.push(attestationNote(tool3, version3));
  if (tool3.program === "buildah" && request.environment["STORAGE_DRIVER"] === "vfs") notes.push("no --layers on vfs storage: each cached layer would be a full copy of the file system, slower than restoring again from the NuGet cache mount.");
  if (foreign.length > 0) {
    const names2 = foreign.map((architecture2) => platforms[architecture2].platform).join(", ");
    notes.push(`no emulation needed for ${names2}: the SDK stage runs on the build machine and the final stage runs no commands.`);
  }
  return notes;
}
var tlsFlags;
var init_containers_storage = __esm({
  "source/runner/engines/containers-storage.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_build_command();
    init_build_machine();
    init_preflight_error();
    init_probe();
    init_version();
    tlsFlags = (request) => request.insecure ? ["--tls-verify=false"] : [];
  }
});

// source/runner/engines/buildah.ts
var tool, buildah;
var init_buildah = __esm({
  "source/runner/engines/buildah.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_containers_storage();
    tool = { program: "buildah", copyLinkSince: "1.41.0", runMountsSince: "1.28.0", sbomSince: "1.31.0" };
    buildah = {
      name: "buildah",
      title: "buildah",
      program: "buildah",
      versionArgs: ["--version"],
      missing: "buildah is not installed: install it from your distribution's packages (apt-get install buildah, dnf install buildah), or use another --engine.",
      dialect: containersDialect(tool),
      commands: (request) => containersCommands(tool, request),
      preflight: (context) => containersPreflight(tool, context)
    };
  }
});

// source/runner/engines/buildx.ts
var buildx_exports = {};
__export(buildx_exports, {
  builderPlatforms: () => builderPlatforms,
  buildx: () => buildx,
  inspectBuilder: () => inspectBuilder
});
function builderPlatforms(inspect) {
  return [...new Set(parseBuilderInspect(inspect).nodes.flatMap((node) => node.platforms))];
}
async function inspectBuilder(builder, environment2) {
  const inspect = await probe("docker", ["buildx", "inspect", ...builder ? [builder] : []], { env: environment2 });
  if (inspect.missing && builder) throw new PreflightError(`--builder ${builder} names a docker buildx builder, and docker is not installed here: install Docker with buildx, or leave out --builder.`);
  if (builder && !inspect.ok) throw new PreflightError(`there is no buildx builder "${builder}" (${firstLine(inspect.stderr)}): create it with "docker buildx create --name ${builder}", or leave out --builder.`);
  const described = parseBuilderInspect(inspect.stdout);
  const unknown = described.nodes.every((node) => node.platforms.length === 0);
  return unknown && ["docker", "docker-container"].includes(described.driver) ? { ...described, nodes: thisMachine().nodes } : described;
}
async function preflight(context) {
  const { request } = context;
  const notes = [];
  const info = await probe("docker", ["info", "--format", "{{json .DriverStatus}}"]);
  if (!info.ok) {
    const reason = (info.stderr.split("\n").find((line) => /daemon|connect/i.test(line)) ?? firstLine(info.stderr)).trim();
    throw new PreflightError(`cannot reach the Docker daemon (${reason || "docker info failed"}): start Docker, or point DOCKER_HOST at a running engine (or build with --engine podman or buildah).`);
  }
  const buildx2 = await probe("docker", ["buildx", "version"]);
  if (!buildx2.ok) throw new PreflightError("docker buildx is missing: install the docker-buildx plugin (Docker Desktop includes it).");
  const targets = platformList(request.recommendation).split(",");
  if (platformsOf(context) > 1 && request.output === "load") {
    const containerdStore = info.stdout.includes("io.containerd.snapshotter");
    if (!containerdStore) {
      throw new PreflightError(`the local image store cannot load a multi-platform image (${targets.join(", ")}): pass --push to send it to a registry, or --oci FILE for an OCI archive (or enable the containerd image store).`);
    }
  }
  if (request.insecure) notes.push(`docker buildx takes a plain-HTTP registry from its builder's configuration, not from --insecure: list it under [registry."HOST"] with http = true in buildkitd.toml.`);
  return notes;
}
var machine, platformsOf, buildx;
var init_buildx = __esm({
  "source/runner/engines/buildx.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_build_command();
    init_dockerfile_dialect();
    init_build_machine();
    init_preflight_error();
    init_probe();
    machine = async ({ request }) => inspectBuilder(request.builder, request.environment);
    platformsOf = (context) => context.request.recommendation.answers.arch.length;
    buildx = {
      name: "docker",
      title: "docker buildx",
      program: "docker",
      versionArgs: ["--version"],
      missing: "docker is not installed: install Docker Desktop or Docker Engine with the buildx plugin, or use --engine podman, buildah or sdk.",
      dialect: () => buildkitDialect,
      commands: (request) => ({
        steps: [{
          command: "docker",
          args: buildxArguments(request.recommendation, {
            image: request.image,
            output: request.output,
            context: ".",
            ...request.dockerfile ? { dockerfile: request.dockerfile } : {},
            ...request.builder ? { builder: request.builder } : {},
            ...request.nugetSecret ? { nugetSecret: request.nugetSecret } : {}
          })
        }],
        env: { BUILDKIT_PROGRESS: "plain" }
      }),
      preflight,
      machine
    };
  }
});

// source/runner/engines/podman.ts
var tool2, podman;
var init_podman = __esm({
  "source/runner/engines/podman.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_containers_storage();
    tool2 = { program: "podman", copyLinkSince: "5.6.0", runMountsSince: "4.3.0", sbomSince: "4.6.0" };
    podman = {
      name: "podman",
      title: "podman",
      program: "podman",
      versionArgs: ["--version"],
      missing: "podman is not installed: install it from your distribution's packages (apt-get install podman, dnf install podman), or use another --engine.",
      dialect: containersDialect(tool2),
      commands: (request) => containersCommands(tool2, request),
      preflight: (context) => containersPreflight(tool2, context)
    };
  }
});

// source/grammar/msbuild.ts
function refuseControl(name, value) {
  if (/[\u0000-\u001F\u007F]/.test(value)) throw new InputError(`${name}: the value has a control character, which MSBuild cannot take.`);
}
function msbuildPropertyText(name, value) {
  refuseControl(name, value);
  return value.replaceAll(propertySpecials, escapeCharacter);
}
function msbuildListText(name, items3) {
  return items3.map((item) => msbuildPropertyText(name, item)).join(";");
}
function msbuildValue(name, value) {
  refuseControl(name, value);
  return value.replaceAll(argumentSpecials, escapeCharacter);
}
function msbuildList(name, items3) {
  return `"${items3.map((item) => msbuildValue(name, item)).join(";")}"`;
}
function msbuildPropertyArgument(name, value) {
  if (!propertyName.test(name)) throw new InputError(`${shownName(name)} is not an MSBuild property name.`);
  return `-p:${name}=${typeof value === "string" ? msbuildValue(name, value) : msbuildList(name, value)}`;
}
var propertySpecials, argumentSpecials, escapeCharacter, propertyName, shownName;
var init_msbuild2 = __esm({
  "source/grammar/msbuild.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    propertySpecials = /[%$@'();*?]/g;
    argumentSpecials = /[%$@'";,*?]/g;
    escapeCharacter = (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
    propertyName = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
    shownName = (name) => JSON.stringify(name.slice(0, 60));
  }
});

// source/grammar/xml-text.ts
function xmlText(value, what) {
  if (notXml.test(value)) throw new InputError(`${what}: the value has a character XML cannot hold.`);
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function xmlComment(text3) {
  if (text3.includes("--") || text3.endsWith("-") || notXml.test(text3)) return void 0;
  return `<!-- ${text3} -->`;
}
var notXml;
var init_xml_text = __esm({
  "source/grammar/xml-text.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  }
});

// source/render/csproj.ts
function containerProperties(recommendation2, imageName) {
  const { answers, runtime, runtimeIdentifiers } = recommendation2;
  const image2 = imageToBuild(imageName, "--image");
  const properties = {};
  if (answers.app === "console") properties.EnableSdkContainerSupport = "true";
  properties.ContainerBaseImage = runtime.reference;
  if (image2.registry !== void 0) properties.ContainerRegistry = image2.registry;
  properties.ContainerRepository = image2.repository;
  if (image2.tag !== void 0) properties.ContainerImageTag = image2.tag;
  if (answers.arch.length > 1) {
    properties.RuntimeIdentifiers = runtimeIdentifiers.join(";");
    properties.ContainerRuntimeIdentifiers = runtimeIdentifiers.join(";");
  } else if (recommendation2.musl) {
    properties.RuntimeIdentifier = runtimeIdentifiers[0];
  }
  return { ...properties, ...publishProperties(recommendation2) };
}
function propertyText(name, value) {
  const text3 = listProperties.has(name) ? msbuildListText(name, value.split(";")) : msbuildPropertyText(name, value);
  return xmlText(text3, name);
}
function importPathFor(project, name, importPath) {
  const depth = project.projectFile ? project.projectFile.split("/").length - 1 : 0;
  return importPath ?? `${"../".repeat(depth)}${name}`;
}
function importInstruction(projectFile, importPath) {
  return `add <Import Project="${importPath}" /> to ${projectFile}`;
}
function renderCsproj(recommendation2, project, imageName, importPath = importPathFor(project, "container.props")) {
  const properties = containerProperties(recommendation2, imageName);
  const framework = publishFramework(project, recommendation2.answers.dotnet);
  const command = shellCommand(["dotnet", ...publishContainerArguments(recommendation2, { ...project.projectFile ? { project: project.projectFile } : {}, ...framework ? { framework } : {} })]);
  const target = project.projectFile ?? `${project.name}.csproj`;
  const comment = xmlComment(`To build with the .NET SDK, ${importInstruction(target, importPath)}, then: ${command}`) ?? "<!-- To build with the .NET SDK, import this file from the project file, then publish it with dotnet publish -c Release /t:PublishContainer -->";
  const lines2 = [
    comment,
    "<PropertyGroup>",
    ...Object.entries(properties).map(([name, value]) => `  <${name}>${propertyText(name, value)}</${name}>`),
    "</PropertyGroup>"
  ];
  if (recommendation2.answers.deploy === "aot" && recommendation2.answers.arch.length > 1) {
    lines2.push("<!-- Native AOT publishes for the machine's own architecture unless its cross toolchain is installed. -->");
  }
  return `${lines2.join("\n")}
`;
}
var listProperties;
var init_csproj = __esm({
  "source/render/csproj.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_image_name();
    init_msbuild2();
    init_posix_shell();
    init_xml_text();
    init_project();
    init_build_command();
    init_publish_arguments();
    listProperties = /* @__PURE__ */ new Set(["RuntimeIdentifiers", "ContainerRuntimeIdentifiers"]);
  }
});

// source/runner/engines/registry-probe.ts
function reasonOf(error) {
  const cause = error.cause;
  return cause?.code ?? cause?.message ?? error.message;
}
async function reachRegistry(host, allowHttp) {
  let reason;
  try {
    await fetch(`https://${host}/v2/`, { signal: timeout(), redirect: "manual" });
    return { ok: true, scheme: "https" };
  } catch (error) {
    reason = reasonOf(error);
  }
  try {
    await fetch(`http://${host}/v2/`, { signal: timeout(), redirect: "manual" });
    return allowHttp ? { ok: true, scheme: "http" } : { ok: false, reason, httpOnly: true };
  } catch {
    return { ok: false, reason, httpOnly: false };
  }
}
function platformName(platform) {
  const variant2 = platform.architecture === "arm64" && platform.variant === "v8" ? void 0 : platform.architecture === "arm" ? platform.variant ?? "v7" : platform.variant;
  return [platform.os, platform.architecture, variant2].filter(Boolean).join("/");
}
async function anonymousToken(challenge, repository) {
  if (!challenge || !/^Bearer /i.test(challenge)) return void 0;
  const parameters = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
  if (!parameters["realm"]) return void 0;
  const url = new URL(parameters["realm"]);
  if (parameters["service"]) url.searchParams.set("service", parameters["service"]);
  url.searchParams.set("scope", `repository:${repository}:pull`);
  const response = await fetch(url, { signal: timeout() });
  if (!response.ok) return void 0;
  const body = await response.json();
  return body.token ?? body.access_token;
}
async function imagePlatforms(origin, repository, reference3) {
  const get = async (path, accept, token2) => fetch(`${origin}/v2/${repository}/${path}`, {
    signal: timeout(),
    headers: { Accept: accept, ...token2 ? { Authorization: `Bearer ${token2}` } : {} }
  });
  let response = await get(`manifests/${reference3}`, manifestTypes);
  let token;
  if (response.status === 401) {
    token = await anonymousToken(response.headers.get("www-authenticate"), repository);
    if (token) response = await get(`manifests/${reference3}`, manifestTypes, token);
  }
  if (response.status === 404) return void 0;
  if (!response.ok) throw new Error(`${origin} answered ${response.status} for ${repository}:${reference3}`);
  const manifest = await response.json();
  if (manifest.manifests) return manifest.manifests.map((entry) => platformName(entry.platform ?? {})).filter((name) => name !== "" && name !== "unknown/unknown");
  if (!manifest.config) return [];
  const config = await get(`blobs/${manifest.config.digest}`, "*/*", token);
  return config.ok ? [platformName(await config.json())] : [];
}
var timeout, manifestTypes;
var init_registry_probe = __esm({
  "source/runner/engines/registry-probe.ts"() {
    "use strict";
    init_define_PACKAGE();
    timeout = () => AbortSignal.timeout(5e3);
    manifestTypes = [
      "application/vnd.oci.image.index.v1+json",
      "application/vnd.docker.distribution.manifest.list.v2+json",
      "application/vnd.oci.image.manifest.v1+json",
      "application/vnd.docker.distribution.manifest.v2+json"
    ].join(", ");
  }
});

// source/runner/engines/sdk.ts
function propertyArgument(name, value) {
  return msbuildPropertyArgument(name, listProperties.has(name) ? value.split(";") : value);
}
function insecureRegistries(request, pushRegistry) {
  if (!request.insecure) return {};
  const hosts = [pushRegistry, request.baseRegistry ? registryOf(`${request.baseRegistry}/x`) : void 0].filter((host) => Boolean(host));
  const existing = request.environment["DOTNET_CONTAINER_INSECURE_REGISTRIES"]?.split(";").filter(Boolean) ?? [];
  const all = [.../* @__PURE__ */ new Set([...existing, ...hosts])];
  return all.length > 0 ? { DOTNET_CONTAINER_INSECURE_REGISTRIES: all.join(";") } : {};
}
function commands(request) {
  const { recommendation: recommendation2, output } = request;
  const image2 = imageToBuild(request.image, "--image");
  const { registry: registry2 } = image2;
  const tag2 = image2.tag ?? "latest";
  if (output === "push" && !registry2) {
    const example = formatImageReference({ registry: "registry.example.com", repository: image2.repository, tag: tag2 });
    throw new InputError(request.fallback ? `--push needs a registry in --image, like ${example}, when the .NET SDK builds; it builds here because no other engine can (${request.fallback}): add the registry, or name another engine with --engine.` : `--push with --engine sdk needs a registry in --image, like ${example}.`);
  }
  const single = recommendation2.answers.arch.length === 1;
  const { ContainerRegistry: _registry, ContainerImageTag: _tag, ...imageProperties } = containerProperties(recommendation2, request.image);
  const properties = {
    ...imageProperties,
    ContainerBaseImage: mirrored(recommendation2.runtime.reference, request.baseRegistry),
    ContainerImageTag: tag2,
    // Without ContainerRegistry the SDK loads the image into the local Docker or Podman.
    ...registry2 && output === "push" ? { ContainerRegistry: registry2 } : {},
    ...typeof output === "object" ? { ContainerArchiveOutputPath: output.oci } : {}
  };
  const args = [
    ...publishContainerArguments(recommendation2, { ...request.projectFile ? { project: request.projectFile } : {}, ...request.framework ? { framework: request.framework } : {} }),
    ...Object.entries(properties).filter(([name]) => !(single && name === "RuntimeIdentifier")).map(([name, value]) => propertyArgument(name, value))
  ];
  return {
    steps: [{ command: "dotnet", args }],
    env: { DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1", ...insecureRegistries(request, output === "push" ? registry2 : void 0) }
  };
}
function multiPlatformSupported(version3) {
  const [major = 0] = parseVersion2(version3) ?? [];
  if (major === 8) return atLeast(version3, "8.0.405");
  if (major === 9) return atLeast(version3, "9.0.102");
  return major >= 10;
}
async function registryReachable(host, request, what) {
  const allowHttp = request.insecure || host === "localhost" || host.startsWith("localhost:");
  const reach = await reachRegistry(host, allowHttp);
  if (reach.ok) return reach.scheme;
  if (reach.httpOnly) throw new PreflightError(`${what} ${host} answers only plain HTTP, which the SDK refuses unless told: pass --insecure (it sets DOTNET_CONTAINER_INSECURE_REGISTRIES), or serve it over HTTPS.`);
  throw new PreflightError(`cannot reach ${what} ${host} (${reach.reason}): check that it runs and that the name and port are right.`);
}
function hostLibc() {
  const header = node_process_default.report?.getReport()?.header;
  return header?.glibcVersionRuntime ? "glibc" : "musl";
}
function sdkLimitation(recommendation2, libc2) {
  if (recommendation2.answers.deploy !== "aot") return void 0;
  const target = recommendation2.musl ? "musl" : "glibc";
  if (target === libc2) return void 0;
  return `Native AOT for ${target === "musl" ? "Alpine (musl)" : "a glibc distribution"} cannot be published by the SDK on this ${libc2} machine, since it links with the machine's C library: use --engine docker, podman or buildah (the Dockerfile compiles in the matching sdk image)${target === "musl" ? ", or --os ubuntu" : ""}.`;
}
async function preflight2({ request, version: version3 }) {
  const { recommendation: recommendation2 } = request;
  const limitation = sdkLimitation(recommendation2, hostLibc());
  if (limitation) throw new PreflightError(limitation);
  const needed = Number.parseInt(recommendation2.build.image.dotnet || recommendation2.answers.dotnet, 10);
  const [major = 0] = parseVersion2(version3) ?? [];
  if (!(major >= needed)) throw new PreflightError(`the installed .NET SDK ${version3} cannot build .NET ${needed}.0: install SDK ${needed}.0 or later, or use --engine docker, podman or buildah, which build inside the sdk image.`);
  const multiPlatform = recommendation2.answers.arch.length > 1;
  if (multiPlatform && !multiPlatformSupported(version3)) {
    throw new PreflightError(`the installed .NET SDK ${version3} cannot publish a multi-platform image (ContainerRuntimeIdentifiers needs SDK 8.0.405, 9.0.102 or later): update the SDK, or build one --arch at a time.`);
  }
  const notes = [];
  if (request.nugetSecret) notes.push(`${request.nugetSecret} holds feed credentials: the .NET SDK restores on this machine and reads it in place, so no build secret is needed (and none reaches the image).`);
  if (recommendation2.answers.deploy === "aot" && multiPlatform) {
    notes.push("Native AOT publishes with this machine's C toolchain: a foreign architecture needs its cross toolchain installed here.");
  }
  if (request.output === "push") {
    const { registry: registry2 } = imageToBuild(request.image, "--image");
    if (registry2) await registryReachable(registry2, request, "the registry");
  }
  if (request.baseRegistry) {
    const reference3 = mirrored(recommendation2.runtime.reference, request.baseRegistry);
    const host = registryOf(reference3);
    const scheme = await registryReachable(host, request, "the base-image registry");
    const [repository, tag2 = "latest"] = splitImage(reference3.slice(host.length + 1).replace(/@.*$/, ""));
    const available = await imagePlatforms(`${scheme}://${host}`, repository, tag2).catch((error) => {
      throw new PreflightError(`cannot read the base image ${reference3} (${error.message}): check --base-registry.`);
    });
    if (!available) throw new PreflightError(`the base image ${reference3} is not in ${host}: mirror ${recommendation2.runtime.reference} there, or leave out --base-registry.`);
    const missing = recommendation2.answers.arch.map((architecture2) => platforms[architecture2].platform).filter((platform) => !available.includes(platform));
    if (missing.length > 0) throw new PreflightError(`the base image ${reference3} has no ${missing.join(", ")} image (it has ${available.join(", ") || "none"}): mirror every platform of ${recommendation2.runtime.reference}, or leave ${missing.length === 1 ? "that architecture" : "those architectures"} out of --arch.`);
  }
  if (request.output === "load") {
    const docker = await probe("docker", ["info", "--format", "{{.ServerVersion}}"]);
    const podman2 = docker.ok ? docker : await probe("podman", ["--version"]);
    if (!podman2.ok) throw new PreflightError("the SDK loads the image into Docker or Podman, and neither is running here: pass --push with a registry in --image, or --oci FILE for an archive.");
  }
  return notes;
}
function versionFailure(output) {
  if (!/A compatible \.NET SDK was not found/.test(output)) return void 0;
  const requested = /Requested SDK version: (\S+)/.exec(output)?.[1];
  const file = /global\.json file: (.+)/.exec(output)?.[1]?.trim();
  return `${file ?? "global.json"} asks for .NET SDK ${requested ?? "a version"} that is not installed: install it, or change its "version" or "rollForward" to match an installed SDK (dotnet --list-sdks).`;
}
var sdk;
var init_sdk = __esm({
  "source/runner/engines/sdk.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    init_catalog();
    init_resolve();
    init_image_name();
    init_msbuild2();
    init_oci_reference();
    init_build_command();
    init_csproj();
    init_base_registry();
    init_preflight_error();
    init_probe();
    init_version();
    init_registry_probe();
    init_msbuild2();
    sdk = {
      name: "sdk",
      title: "the .NET SDK",
      program: "dotnet",
      versionArgs: ["--version"],
      missing: "the .NET SDK (dotnet) is not installed: install the .NET SDK, or use --engine docker, podman or buildah, which build inside the sdk image.",
      versionFailure,
      commands,
      preflight: preflight2
    };
  }
});

// source/runner/engines/detect.ts
var detect_exports = {};
__export(detect_exports, {
  detectEngine: () => detectEngine,
  engines: () => engines,
  parseEngine: () => parseEngine
});
async function detectEngine(environment2) {
  const passed = [];
  const docker = await probe("docker", ["info", "--format", "{{.ServerVersion}}"], { env: environment2 });
  if (docker.ok) return { engine: "docker", note: "" };
  passed.push(docker.missing ? "docker is not installed" : "docker's daemon does not answer");
  for (const name of ["podman", "buildah", "sdk"]) {
    const version3 = await probe(engines[name].program, engines[name].versionArgs, { env: environment2 });
    if (version3.ok) return { engine: name, note: `building with ${name === "sdk" ? "the .NET SDK (dotnet publish)" : name} (${passed.join(", ")}); --engine picks another.`, fallback: passed.join(", ") };
    passed.push(`${name} is not installed`);
  }
  throw new PreflightError("no build engine found: install Docker with buildx, podman, buildah or the .NET SDK, or leave out --build to only generate the files.");
}
var engines;
var init_detect2 = __esm({
  "source/runner/engines/detect.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_preflight_error();
    init_probe();
    init_buildah();
    init_buildx();
    init_podman();
    init_sdk();
    init_engine();
    engines = { docker: buildx, podman, buildah, sdk };
  }
});

// source/runner/plan.ts
var plan_exports = {};
__export(plan_exports, {
  commandLine: () => commandLine,
  planBuild: () => planBuild
});
function planBuild(recommendation2, options2) {
  if (options2.push && options2.oci) throw new InputError("--push and --oci both say where the image goes: choose one.");
  if (options2.builder && options2.engine !== "docker") throw new InputError(`--builder names a docker buildx builder instance: it goes with --engine docker, not ${options2.engine}.`);
  if (options2.builder) checkBuilderName(options2.builder);
  const output = options2.push ? "push" : options2.oci ? { oci: options2.oci } : "load";
  if (typeof output === "object" && (options2.engine === "buildah" || options2.engine === "podman") && output.oci.includes(":")) {
    throw new InputError(`--oci: ${shownValue(output.oci)} has a colon, which ${options2.engine}'s oci-archive: destination reads as a tag: choose a path without one.`);
  }
  const request = {
    recommendation: recommendation2,
    image: options2.image,
    output,
    contextDirectory: options2.contextDirectory,
    ...options2.dockerfile ? { dockerfile: options2.dockerfile } : {},
    ...options2.ignoreFile ? { ignoreFile: options2.ignoreFile } : {},
    ...options2.nugetSecret ? { nugetSecret: options2.nugetSecret } : {},
    ...options2.projectFile ? { projectFile: options2.projectFile } : {},
    ...options2.framework ? { framework: options2.framework } : {},
    insecure: Boolean(options2.insecure),
    ...options2.builder ? { builder: options2.builder } : {},
    ...options2.baseRegistry ? { baseRegistry: options2.baseRegistry } : {},
    environment: options2.environment ?? node_process_default.env,
    ...options2.fallback ? { fallback: options2.fallback } : {}
  };
  const { steps, env } = engines[options2.engine].commands(request);
  return {
    engine: options2.engine,
    steps,
    env,
    cwd: options2.contextDirectory,
    image: options2.image,
    platforms: recommendation2.answers.arch.map((architecture2) => platforms[architecture2].platform),
    output,
    request
  };
}
function variableName(name) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`${JSON.stringify(name)} is not an environment variable name`);
  return name;
}
function commandLine(plan2) {
  const variables = Object.entries(plan2.env).filter(([name]) => !cosmetic.has(name)).map(([name, value]) => `${variableName(name)}=${shellWord(value)} `).join("");
  return plan2.steps.map((step2, index) => {
    const line = `${variables}${shellCommand([step2.command, ...step2.args])}`;
    return index === 0 ? line : `${plan2.steps[index - 1].mayFail ? ";" : " &&"} ${line}`;
  }).join("");
}
var cosmetic;
var init_plan = __esm({
  "source/runner/plan.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    init_catalog();
    init_resolve();
    init_posix_shell();
    init_shown_text();
    init_build_command();
    init_detect2();
    cosmetic = /* @__PURE__ */ new Set(["BUILDKIT_PROGRESS", "DOTNET_CLI_TELEMETRY_OPTOUT", "DOTNET_NOLOGO"]);
  }
});

// source/write/failure-reasons.ts
function failureReason2(error) {
  const code = error?.code;
  if (code && reasons[code]) return reasons[code];
  if (code) return code;
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}
var reasons;
var init_failure_reasons = __esm({
  "source/write/failure-reasons.ts"() {
    "use strict";
    init_define_PACKAGE();
    reasons = {
      ENOSPC: "the disk is full",
      EDQUOT: "the disk quota is used up",
      EFBIG: "the file would pass the file-size limit (ulimit -f)",
      EACCES: "permission denied",
      EPERM: "the operation is not permitted",
      EROFS: "the file system is read-only",
      ENOTDIR: "part of the path is a file, not a folder",
      EISDIR: "a folder is in the way",
      EEXIST: "a file is in the way",
      ENOENT: "a folder on the way is missing",
      ENAMETOOLONG: "the name is too long",
      ELOOP: "too many symbolic links on the way",
      EIO: "an input/output error",
      EMLINK: "the folder holds too many links",
      EBUSY: "the file is busy",
      ETXTBSY: "the file is busy",
      EXDEV: "the temporary file landed on another file system"
    };
  }
});

// source/session/temporary-folder.ts
async function temporaryFolder(prefix = "dotnet-image-wizard-") {
  const { randomBytes } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  const folder = node_path_default.join(node_os_default.tmpdir(), `${prefix}${randomBytes(6).toString("hex")}`);
  const drop = onStop(() => {
    (0, import_node_fs11.rmSync)(folder, { recursive: true, force: true });
  });
  try {
    await mkdir(folder, { mode: 448 });
  } catch (error) {
    drop();
    const parent = node_os_default.tmpdir();
    const code = error.code;
    const why = code === "ENOENT" ? "it does not exist" : failureReason2(error);
    throw new PreflightError(`cannot make a temporary folder in ${parent} (${node_process_default.env["TMPDIR"] ? "$TMPDIR" : "the system's temporary folder"}): ${why}. Point TMPDIR at a folder that exists and can be written.`, { cause: error });
  }
  return {
    folder,
    async remove() {
      await rm(folder, { recursive: true, force: true });
      drop();
    },
    /** Leaves the folder in place for the person (a dry run's Dockerfile, which the printed command builds). */
    keep: drop
  };
}
var import_node_fs11;
var init_temporary_folder = __esm({
  "source/session/temporary-folder.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs11 = require("node:fs");
    init_promises();
    init_node_os();
    init_node_path();
    init_node_process();
    init_preflight_error();
    init_failure_reasons();
    init_cancellation();
  }
});

// source/session/build-plan.ts
var build_plan_exports = {};
__export(build_plan_exports, {
  chooseEngine: () => chooseEngine,
  dockerfileFor: () => dockerfileFor,
  planFor: () => planFor,
  writeTemporaryDockerfile: () => writeTemporaryDockerfile
});
async function dockerfileFor(writtenDockerfile2) {
  if (writtenDockerfile2) return { file: writtenDockerfile2, temporary: false, cleanup: async () => {
  }, keep() {
  } };
  const { folder, remove, keep } = await temporaryFolder();
  let kept = false;
  return {
    file: node_path_default.join(folder, "Dockerfile"),
    temporary: true,
    cleanup: async () => kept ? void 0 : remove(),
    keep() {
      kept = true;
      keep();
    }
  };
}
async function writeTemporaryDockerfile(file, recommendation2, session, dialect) {
  await writeFile(file, renderDockerfile(recommendation2, session.project, session.imageName, dialect ? { dialect } : {}));
  await writeFile(`${file}.dockerignore`, renderDockerignore(secretConfigs(session.project)));
}
async function chooseEngine(flags2, environment2 = node_process_default.env) {
  const builder = typeof flags2.builder === "string" ? flags2.builder : void 0;
  const oldSpelling = builder !== void 0 && ["docker", "sdk", "dotnet"].includes(builder.toLowerCase());
  if (oldSpelling && typeof flags2.engine !== "string") {
    const engine = parseEngine(builder, "--builder");
    return { engine, notes: [`--builder ${builder} is now --engine ${engine}; --builder will name a buildx builder instance in the next release.`] };
  }
  const withBuilder = builder === void 0 || oldSpelling ? {} : { builder };
  if (typeof flags2.engine === "string") return { engine: parseEngine(flags2.engine), ...withBuilder, notes: [] };
  if (builder !== void 0 && !oldSpelling) return { engine: "docker", ...withBuilder, notes: [] };
  const detected = await detectEngine(environment2);
  return { engine: detected.engine, notes: detected.note ? [detected.note] : [], ...detected.fallback ? { fallback: detected.fallback } : {} };
}
function planFor(recommendation2, session, flags2, dockerfile, choice = { engine: "docker", notes: [] }) {
  const relative = (file) => node_path_default.relative(session.contextDirectory, file).split(node_path_default.sep).join("/");
  const usesDockerfile = choice.engine !== "sdk";
  const framework = publishFramework(session.project, recommendation2.answers.dotnet);
  const outside = dockerfile !== void 0 && relative(dockerfile).startsWith("..");
  return planBuild(recommendation2, {
    engine: choice.engine,
    ...choice.fallback ? { fallback: choice.fallback } : {},
    ...choice.builder ? { builder: choice.builder } : {},
    // A tag is what follows the last ":" after the last "/" (localhost:5000/app has none).
    image: splitImage(session.imageName)[1] === void 0 ? `${session.imageName}:latest` : session.imageName,
    push: Boolean(flags2.push),
    ...typeof flags2.oci === "string" ? { oci: node_path_default.resolve(session.cwd, flags2.oci) } : {},
    contextDirectory: session.contextDirectory,
    ...usesDockerfile && dockerfile && relative(dockerfile) !== "Dockerfile" ? { dockerfile: outside ? dockerfile : relative(dockerfile) } : {},
    // A Dockerfile outside the context brings its own .dockerignore (see writeTemporaryDockerfile).
    ...usesDockerfile && dockerfile && outside ? { ignoreFile: `${dockerfile}.dockerignore` } : {},
    ...session.project.secretNugetConfig ? { nugetSecret: session.project.secretNugetConfig } : {},
    ...session.project.projectFile ? { projectFile: session.project.projectFile } : {},
    ...framework ? { framework } : {},
    insecure: Boolean(flags2.insecure),
    ...typeof flags2.baseRegistry === "string" ? { baseRegistry: parseBaseRegistry(flags2.baseRegistry) } : {}
  });
}
var init_build_plan = __esm({
  "source/session/build-plan.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_promises();
    init_node_path();
    init_node_process();
    init_build_command();
    init_dockerfile();
    init_dockerignore();
    init_base_registry();
    init_detect2();
    init_plan();
    init_project();
    init_temporary_folder();
  }
});

// source/render/compose.ts
function composeServiceName(name) {
  const service2 = name.toLowerCase().replaceAll(/[^a-z0-9_.-]/g, "-").replace(/^[^a-z0-9]+/, "");
  if (!servicePattern.test(service2)) throw new InputError(`compose.yaml: ${shownValue(name)} gives no service name (letters, digits, ".", "-", "_").`);
  return service2;
}
function checkRelative(value, what) {
  const named3 = value.split("/").filter((segment) => segment !== "." && segment !== "..");
  if (value.startsWith("/") || value.endsWith("/") || value.split("/").includes("")) throw new InputError(`compose.yaml: the ${what} ${shownValue(value)} must be a relative path.`);
  if (named3.length > 0) checkPath(named3.join("/"), what);
  return value;
}
function hostPorts(apps) {
  const taken = /* @__PURE__ */ new Set();
  const ports = /* @__PURE__ */ new Map();
  for (const app of apps) {
    if (app.port === void 0) continue;
    let port = app.port;
    while (taken.has(port) && port < 65535) port++;
    taken.add(port);
    ports.set(app.service, port);
  }
  return ports;
}
function quoted(value) {
  const scalar = new import_yaml.Scalar(value);
  scalar.type = import_yaml.Scalar.QUOTE_DOUBLE;
  return scalar;
}
function service(app, hostPort) {
  if (!isImageReference(app.image)) throw new InputError(`compose.yaml: the image ${shownValue(app.image)} is not an image reference.`);
  const entry = {
    build: { context: checkRelative(app.context, "build context"), dockerfile: checkRelative(app.dockerfile, "Dockerfile path") },
    image: app.image
  };
  if (app.port !== void 0 && hostPort !== void 0) entry.ports = [quoted(`${hostPort}:${app.port}`)];
  entry.environment = app.kind === "web" ? { ASPNETCORE_ENVIRONMENT: "Production", ...app.port === void 0 ? {} : { ASPNETCORE_HTTP_PORTS: String(app.port) } } : { DOTNET_ENVIRONMENT: "Production" };
  if (app.user !== void 0) entry.user = quoted(app.user);
  entry.read_only = true;
  entry.tmpfs = ["/tmp"];
  if (app.healthcheck) {
    const test = new import_yaml.YAMLSeq();
    test.flow = true;
    for (const word of ["CMD", ...app.healthcheck]) test.items.push(quoted(word));
    entry.healthcheck = { test, interval: "30s", timeout: "10s", retries: 3, start_period: "30s" };
  }
  return entry;
}
function renderCompose(apps) {
  if (apps.length === 0) throw new InputError("compose.yaml: there is no app to run.");
  const names2 = /* @__PURE__ */ new Set();
  for (const app of apps) {
    if (!servicePattern.test(app.service)) throw new InputError(`compose.yaml: ${shownValue(app.service)} is not a service name.`);
    if (names2.has(app.service)) throw new InputError(`compose.yaml: two apps would be the service ${shownValue(app.service)}: name them apart.`);
    names2.add(app.service);
  }
  const ports = hostPorts(apps);
  const document = new import_yaml.Document({});
  const services = Object.fromEntries(apps.map((app) => [app.service, service(app, ports.get(app.service))]));
  document.contents = document.createNode({ services });
  for (const app of apps) commentService(document, app);
  const header = [
    "# compose.yaml: builds and starts the app" + (apps.length > 1 ? "s" : "") + " (docker compose up --build, or podman compose up --build).",
    "# Each service runs as the images' non-root app user on a read-only root file system."
  ];
  return `${header.join("\n")}
${document.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
function commentService(document, app) {
  const entry = document.getIn(["services", app.service], true);
  if (!(0, import_yaml.isMap)(entry)) return;
  const comment = (key, text3) => {
    const pair = entry.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === key);
    if ((0, import_yaml.isScalar)(pair?.key)) pair.key.commentBefore = text3;
  };
  comment("tmpfs", " The one writable folder: the runtime's diagnostics socket and the app's temporary files.");
  comment("healthcheck", " The images have no curl or wget (chiseled ones no shell): the Dockerfile builds a small probe\n that asks the app's URL and exits 0 (any answer below 500) or 1.");
}
var import_yaml, servicePattern;
var init_compose = __esm({
  "source/render/compose.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_yaml = require("./libraries/yaml.cjs");
    init_resolve();
    init_oci_reference();
    init_shown_text();
    init_project();
    servicePattern = /^[a-z0-9][a-z0-9_.-]*$/;
  }
});

// source/render/compose-app.ts
function composeAppOf(recommendation2, project, imageName, placement = { context: ".", dockerfile: "Dockerfile" }) {
  const { app } = recommendation2.answers;
  const port = exposedPort(project, app);
  return {
    service: composeServiceName(project.name),
    context: placement.context,
    dockerfile: placement.dockerfile,
    image: imageName,
    kind: app,
    ...port === void 0 ? {} : { port },
    user: appUid,
    // Kestrel listens on every interface, loopback included: the probe asks it from inside.
    ...app === "web" && port !== void 0 ? { healthcheck: healthProbeCommand(recommendation2, `http://127.0.0.1:${port}/`) } : {}
  };
}
var appUid;
var init_compose_app = __esm({
  "source/render/compose-app.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_project();
    init_compose();
    init_health_probe();
    appUid = "1654";
  }
});

// source/render/zerops.ts
function zeropsOs(recommendation2) {
  return recommendation2.answers.os === "alpine" ? "alpine" : "ubuntu";
}
function prepareCommands(os, packages) {
  return os === "alpine" ? [`sudo apk add --no-cache ${packages.alpine.join(" ")}`] : ["sudo apt-get update", `sudo apt-get install -y --no-install-recommends ${packages.ubuntu.join(" ")}`];
}
function zeropsSetupName(project) {
  const name = project.name.toLowerCase().replaceAll(/[^a-z0-9]/g, "");
  return /^[a-z]/.test(name) ? name.slice(0, 25) : `app${name}`.slice(0, 25);
}
function renderZerops(recommendation2, project) {
  const { answers } = recommendation2;
  const major = answers.dotnet.split(".")[0];
  if (!zeropsDotnetBases.includes(major)) {
    throw new InputError(`Zerops has no dotnet@${major} base yet (it offers dotnet@${zeropsDotnetBases.join(", dotnet@")}): choose --dotnet 10.0 for a zerops.yml.`);
  }
  const notes = [];
  const os = zeropsOs(recommendation2);
  const base = `dotnet@${major}`;
  const rid = `linux-${os === "alpine" ? "musl-" : ""}x64`;
  const target = project.projectFile ?? `${project.name}.csproj`;
  const framework = publishFramework(project, answers.dotnet);
  const publish = [shellCommand(["dotnet", "publish", checkPath(target, "project file"), ...framework ? ["-f", framework] : [], "-c", "Release", "-o", "app"])];
  if (answers.deploy !== "framework" || answers.startup !== "jit" || project.singleFile) publish.push(`-r ${rid}`);
  if (answers.deploy === "self-contained") publish.push("--self-contained");
  if (answers.deploy === "aot") publish.push("-p:PublishAot=true");
  if (answers.deploy !== "aot" && answers.startup !== "jit") publish.push("-p:PublishReadyToRun=true");
  if (answers.startup === "composite") notes.push("Zerops has no composite ASP.NET Core runtime: the app is published ReadyToRun instead.");
  if (answers.arch.some((architecture2) => architecture2 !== "amd64")) notes.push("Zerops runs x86-64 containers: the zerops.yml build targets amd64 only, whatever --arch says.");
  if (answers.os === "debian" || answers.os === "azurelinux") notes.push(`Zerops offers Alpine and Ubuntu: ${answers.os} maps to run.os ubuntu (glibc).`);
  const build = { base };
  if (os === "ubuntu") build.os = "ubuntu";
  if (answers.deploy === "aot") {
    build.prepareCommands = prepareCommands(os, { alpine: ["clang", "build-base", "zlib-dev"], ubuntu: ["clang", "zlib1g-dev"] });
    notes.push("Native AOT links with clang: build.prepareCommands installs it in the build container.");
  }
  build.buildCommands = [publish.join(" ")];
  build.deployFiles = ["./app/~"];
  build.cache = true;
  const run3 = { base };
  if (os === "ubuntu") run3.os = "ubuntu";
  const env = {};
  const icu = answers.globalization === "icu" && os === "alpine";
  const native = { alpine: nativePackages(recommendation2, "apk"), ubuntu: nativePackages(recommendation2, "apt") };
  if (icu || native[os].length > 0) {
    run3.prepareCommands = prepareCommands(os, { alpine: [...icu ? ["icu-libs", "icu-data-full", "tzdata"] : [], ...native.alpine], ubuntu: native.ubuntu });
  }
  if (icu) {
    env.DOTNET_SYSTEM_GLOBALIZATION_INVARIANT = "false";
    notes.push("The default Alpine runtime has no ICU or tzdata: run.prepareCommands builds a custom runtime image with them (cached until the commands change).");
  } else if (answers.globalization === "invariant") {
    env.DOTNET_SYSTEM_GLOBALIZATION_INVARIANT = "true";
  }
  if (native[os].length > 0) notes.push(`${(recommendation2.nativeDependencies ?? []).map((need) => need.package).join(", ")}: run.prepareCommands adds ${native[os].join(" ")} to a custom runtime image.`);
  const webPort = answers.app === "web" ? exposedPort(project, answers.app) : void 0;
  if (webPort !== void 0) {
    run3.ports = [{ port: webPort, httpSupport: true }];
    env.ASPNETCORE_URLS = `http://0.0.0.0:${webPort}`;
  }
  if (Object.keys(env).length > 0) run3.envVariables = env;
  const name = checkName(project.name, "assembly name");
  run3.start = answers.deploy === "framework" && !project.singleFile ? shellCommand(["dotnet", `${name}.dll`]) : shellWord(`./${name}`);
  const setup = { setup: zeropsSetupName(project), build };
  if (webPort !== void 0) setup.deploy = { readinessCheck: { httpGet: { port: webPort, path: "/" } } };
  setup.run = run3;
  const header = `# zerops.yml for ${name}: ${base} on ${os}${run3.prepareCommands ? " with a custom runtime image" : ""}
`;
  const document = new import_yaml2.Document({ zerops: [setup] });
  const comment = (path, text3) => commentKey(document, path, text3);
  comment(["build", "deployFiles"], ' "~" deploys the contents of app/ into /var/www, where run.start runs: the app finds its\n files (appsettings.json, wwwroot) beside it.');
  comment(["build", "cache"], " Keeps the NuGet package cache between builds.");
  comment(["run", "prepareCommands"], " Builds a custom runtime image once; it is rebuilt only when these commands change.");
  comment(["run", "envVariables", "ASPNETCORE_URLS"], " Kestrel listens on every interface so that Zerops can route to it.");
  comment(["deploy", "readinessCheck"], ' Traffic moves to a new deploy once this path answers; if the app has no route at /,\n point it at a health endpoint (app.MapHealthChecks("/healthz")).');
  return { content: header + document.toString({ lineWidth: 0 }), notes };
}
function commentKey(document, path, text3) {
  const parent = document.getIn(["zerops", 0, ...path.slice(0, -1)], true);
  if (!(0, import_yaml2.isMap)(parent)) return;
  const pair = parent.items.find((item) => (0, import_yaml2.isScalar)(item.key) && item.key.value === path.at(-1));
  if ((0, import_yaml2.isScalar)(pair?.key)) pair.key.commentBefore = text3;
}
var import_yaml2, zeropsDotnetBases;
var init_zerops = __esm({
  "source/render/zerops.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_yaml2 = require("./libraries/yaml.cjs");
    init_resolve();
    init_posix_shell();
    init_native_install();
    init_project();
    zeropsDotnetBases = ["6", "7", "8", "9", "10"];
  }
});

// source/grammar/ci-script.ts
function scriptWord(argument) {
  if (!argument.includes("$")) return shellWord(argument);
  if (argument.replaceAll(reference2, "").includes("$")) throw new Error(`${JSON.stringify(argument)} has a "$" that is not a \${NAME} reference`);
  return `"${argument.replaceAll(/["\\`]/g, (character) => `\\${character}`)}"`;
}
function actionsLiteral(value, what) {
  if (value.includes("${{")) throw new InputError(`${what}: ${shownValue(value)} holds "\${{", which GitHub Actions would evaluate as an expression: rename it.`);
  return value;
}
function gitlabLiteral(value, what) {
  if (value.includes("$")) throw new InputError(`${what}: ${shownValue(value)} holds "$", which GitLab CI would expand as a variable: rename it.`);
  return value;
}
var reference2, scriptLine;
var init_ci_script = __esm({
  "source/grammar/ci-script.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_posix_shell();
    init_shown_text();
    reference2 = /\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$@/g;
    scriptLine = (argv) => argv.map(scriptWord).join(" ");
  }
});

// source/render/github-actions.ts
function imageOf(app) {
  const { registry: registry2, repository } = app.image;
  const name = actionsLiteral(repository, "--image");
  return registry2 ? `${registry2}/${name}` : `${ghcr}/\${{ github.repository_owner }}/${name}`;
}
function loginSteps(apps) {
  const registries = [...new Set(apps.map(registryOf2))];
  return registries.map((registry2) => ({
    name: `Log in to ${registry2}`,
    uses: githubActions.login,
    with: registry2 === ghcr ? { registry: registry2, username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" } : { registry: registry2, username: "${{ secrets.REGISTRY_USERNAME }}", password: "${{ secrets.REGISTRY_PASSWORD }}" }
  }));
}
function jobPermissions(apps) {
  return apps.some((app) => registryOf2(app) === ghcr) ? { contents: "read", packages: "write" } : { contents: "read" };
}
function matrixEntry(build, form) {
  const { app } = build;
  return {
    app: build.key,
    ...form === "per-arch" ? { digests: `${digestsOf(build.index)}-${build.key}` } : {},
    image: imageOf(app),
    tag: actionsLiteral(app.image.tag ?? "latest", "--image"),
    context: actionsLiteral(ciPath(app.context), "build context"),
    dockerfile: actionsLiteral(ciPath(app.dockerfile), "Dockerfile"),
    platforms: build.platforms.join(","),
    runner: build.runner
  };
}
function buildJob(apps, builds, form) {
  const cache2 = { from: "type=gha,scope=${CACHE_KEY}", to: "type=gha,mode=max,scope=${CACHE_KEY}" };
  const digestNeeded = form === "per-arch";
  const script = [lowerCaseImage, scriptLine(["docker", ...ciBuildArguments(builds[0].app.recommendation, form, cache2, "sha-${GITHUB_SHA}", "${RUNNER_TEMP}/metadata.json")])];
  if (digestNeeded) {
    script.push(
      "# The digest names this platform's image; the merge job lists the digests in one index.",
      'mkdir -p "${RUNNER_TEMP}/digests"',
      `digest="$(jq -r '."containerimage.digest"' "\${RUNNER_TEMP}/metadata.json")"`,
      'touch "${RUNNER_TEMP}/digests/${digest#sha256:}"'
    );
  }
  return {
    "runs-on": "${{ matrix.runner }}",
    permissions: jobPermissions(apps),
    strategy: { "fail-fast": false, matrix: { include: builds.map((build) => matrixEntry(build, form)) } },
    steps: [
      ...setupSteps(apps),
      { name: digestNeeded ? "Build and push by digest" : "Build and push", env: matrixEnv, run: `${script.join("\n")}
` },
      ...digestNeeded ? [{
        name: "Keep the digest for the merge job",
        uses: githubActions.upload,
        with: { name: "${{ matrix.digests }}", path: "${{ runner.temp }}/digests/*", "if-no-files-found": "error", "retention-days": 1 }
      }] : []
    ]
  };
}
function mergeJob(apps) {
  const script = [
    lowerCaseImage,
    "set --",
    'for digest in *; do set -- "$@" "${IMAGE}@sha256:${digest}"; done',
    scriptLine(["docker", ...ciMergeArguments("sha-${GITHUB_SHA}")])
  ];
  return {
    needs: "build",
    "runs-on": githubRunners.cross,
    permissions: jobPermissions(apps),
    strategy: { "fail-fast": false, matrix: { include: apps.map((app, index) => ({ digests: digestsOf(index), image: imageOf(app), tag: actionsLiteral(app.image.tag ?? "latest", "--image") })) } },
    steps: [
      { uses: githubActions.download, with: { path: "${{ runner.temp }}/digests", pattern: "${{ matrix.digests }}-*", "merge-multiple": true } },
      { uses: githubActions.setupBuildx },
      ...loginSteps(apps),
      { name: "Create the multi-platform image", "working-directory": "${{ runner.temp }}/digests", env: { IMAGE: "${{ matrix.image }}", TAG: "${{ matrix.tag }}" }, run: `${script.join("\n")}
` }
    ]
  };
}
function setComment(map, key, lines2) {
  const pair = map.items.find((item) => (0, import_yaml3.isScalar)(item.key) && item.key.value === key);
  if (pair && (0, import_yaml3.isScalar)(pair.key)) pair.key.commentBefore = lines2.join("\n");
}
function renderGithubActions(apps, asked) {
  const form = ciForm(apps, asked);
  const builds = ciBuilds(apps, form, githubRunners);
  const merged = form === "per-arch" ? apps : [];
  const workflow = {
    name: "container",
    on: { push: { branches: ["main"], tags: ["v*"] }, workflow_dispatch: {} },
    permissions: { contents: "read" },
    jobs: {
      build: buildJob(apps, builds, form),
      ...merged.length > 0 ? { merge: mergeJob(merged) } : {}
    }
  };
  const document = new import_yaml3.Document(workflow);
  document.commentBefore = [
    " Builds the container image and pushes it. Written by dotnet-image-wizard; the build command is the one",
    " it runs itself (--build). Runs on pushes to main and to v* tags, and by hand."
  ].join("\n");
  const jobs = document.get("jobs", true);
  if ((0, import_yaml3.isMap)(jobs)) {
    setComment(jobs, "build", comments[form]);
    if (merged.length > 0) setComment(jobs, "merge", [" Lists the per-architecture digests in one multi-platform index, under the tags."]);
  }
  return document.toString({ lineWidth: 0 });
}
var import_yaml3, githubRunners, githubActions, ghcr, registryOf2, setupSteps, lowerCaseImage, digestsOf, matrixEnv, comments;
var init_github_actions = __esm({
  "source/render/github-actions.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_yaml3 = require("./libraries/yaml.cjs");
    init_ci_script();
    init_ci_apps();
    githubRunners = { service: "GitHub Actions", native: { amd64: "ubuntu-24.04", arm64: "ubuntu-24.04-arm" }, cross: "ubuntu-24.04" };
    githubActions = {
      checkout: "actions/checkout@v4.2.2",
      setupBuildx: "docker/setup-buildx-action@v3.11.1",
      runtime: "crazy-max/ghaction-github-runtime@v3.0.0",
      login: "docker/login-action@v3.4.0",
      upload: "actions/upload-artifact@v4.6.2",
      download: "actions/download-artifact@v4.3.0"
    };
    ghcr = "ghcr.io";
    registryOf2 = (app) => app.image.registry ?? ghcr;
    setupSteps = (apps) => [
      { uses: githubActions.checkout },
      { uses: githubActions.setupBuildx },
      // Exposes the cache service's URL and token to `docker buildx` in a run step (type=gha).
      { uses: githubActions.runtime },
      ...loginSteps(apps)
    ];
    lowerCaseImage = 'IMAGE="${IMAGE,,}"';
    digestsOf = (index) => `digests-${index + 1}`;
    matrixEnv = { IMAGE: "${{ matrix.image }}", TAG: "${{ matrix.tag }}", PLATFORMS: "${{ matrix.platforms }}", CONTEXT: "${{ matrix.context }}", DOCKERFILE: "${{ matrix.dockerfile }}", CACHE_KEY: "${{ matrix.app }}" };
    comments = {
      "per-arch": [
        " One job per architecture, each on a GitHub-hosted runner of that architecture (ubuntu-24.04-arm",
        " for arm64): nothing runs under QEMU emulation, which is slow, and which .NET does not support for",
        " Native AOT. Each job pushes its platform's image by digest, with the GitHub Actions build cache."
      ],
      single: [
        " One job builds every platform: the Dockerfile's SDK stage runs on this x64 runner and",
        " cross-compiles for each target (-a $TARGETARCH), and the final stage only copies files, so nothing",
        " is emulated. That is cheaper than a job per architecture: one runner, one checkout and cache, no",
        " merge job. (dotnet-image-wizard --ci-jobs per-arch writes the per-architecture form.)"
      ]
    };
  }
});

// source/render/gitlab-ci.ts
function imageOf2(app) {
  const { registry: registry2, repository } = app.image;
  return registry2 ? gitlabLiteral(`${registry2}/${repository}`, "--image") : `$CI_REGISTRY_IMAGE/${gitlabLiteral(repository, "--image")}`;
}
function loginLines(apps) {
  const registries = [...new Set(apps.map((app) => app.image.registry ?? gitlabRegistry))];
  return registries.map((registry2) => registry2 === gitlabRegistry ? 'echo "$CI_REGISTRY_PASSWORD" | docker login --username "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"' : `echo "$REGISTRY_PASSWORD" | docker login --username "$REGISTRY_USER" --password-stdin ${scriptLine([registry2])}`);
}
function buildJob2(build, form) {
  const { app } = build;
  const cache2 = { from: "type=registry,ref=${IMAGE}:buildcache-${CACHE_KEY}", to: "type=registry,ref=${IMAGE}:buildcache-${CACHE_KEY},mode=max" };
  const script = [scriptLine(["docker", ...ciBuildArguments(app.recommendation, form, cache2, "${CI_COMMIT_SHORT_SHA}", "metadata.json")])];
  if (form === "per-arch") script.push("mkdir -p digests", `jq -r '."containerimage.digest"' metadata.json > ${scriptLine([`digests/${build.key}`])}`);
  return {
    extends: ".buildx",
    stage: "build",
    tags: [build.runner],
    variables: {
      IMAGE: imageOf2(app),
      TAG: gitlabLiteral(app.image.tag ?? "latest", "--image"),
      PLATFORMS: build.platforms.join(","),
      CONTEXT: gitlabLiteral(ciPath(app.context), "build context"),
      DOCKERFILE: gitlabLiteral(ciPath(app.dockerfile), "Dockerfile"),
      CACHE_KEY: build.key
    },
    script,
    ...form === "per-arch" ? { artifacts: { paths: ["digests/"], expire_in: "1 day" } } : {}
  };
}
function mergeJob2(app, builds) {
  return {
    extends: ".buildx",
    stage: "merge",
    tags: [gitlabRunners.cross],
    needs: builds.map((build) => jobName("build", build.key)),
    variables: { IMAGE: imageOf2(app), TAG: gitlabLiteral(app.image.tag ?? "latest", "--image") },
    script: [
      "set --",
      'for file in digests/*; do set -- "$@" "${IMAGE}@$(cat "$file")"; done',
      scriptLine(["docker", ...ciMergeArguments("${CI_COMMIT_SHORT_SHA}")])
    ]
  };
}
function renderGitlabCi(apps, asked) {
  const form = ciForm(apps, asked);
  const builds = ciBuilds(apps, form, gitlabRunners);
  const jobs = {};
  for (const build of builds) jobs[jobName("build", build.key)] = buildJob2(build, form);
  if (form === "per-arch") {
    for (const [index, app] of apps.entries()) jobs[jobName("merge", builds.find((build) => build.index === index).name)] = mergeJob2(app, builds.filter((build) => build.index === index));
  }
  const pipeline = {
    stages: form === "per-arch" ? ["build", "merge"] : ["build"],
    workflow: { rules: [{ if: "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH" }, { if: "$CI_COMMIT_TAG" }] },
    default: { image: gitlabDockerImage, services: [`${gitlabDockerImage}-dind`] },
    variables: { DOCKER_TLS_CERTDIR: "/certs" },
    ".buildx": {
      before_script: [
        ...form === "per-arch" ? ["apk add --no-cache jq"] : [],
        ...loginLines(apps),
        // The docker-container driver: push by digest, registry cache, several platforms.
        "docker buildx create --use --driver docker-container"
      ]
    },
    ...jobs
  };
  const document = new import_yaml4.Document(pipeline);
  document.commentBefore = [
    " Builds the container image and pushes it. Written by dotnet-image-wizard; the build command is the one",
    " it runs itself (--build). Runs on the default branch and on tags.",
    "",
    ...comments2[form]
  ].join("\n");
  const first = (0, import_yaml4.isMap)(document.contents) ? document.contents.items.find((item) => (0, import_yaml4.isScalar)(item.key) && String(item.key.value).startsWith("build-")) : void 0;
  if (first && (0, import_yaml4.isScalar)(first.key)) first.key.commentBefore = " The runner tags are GitLab.com's hosted runners: on self-managed runners, use the tags yours carry.";
  return document.toString({ lineWidth: 0 });
}
var import_yaml4, gitlabRunners, gitlabDockerImage, gitlabRegistry, jobName, comments2;
var init_gitlab_ci = __esm({
  "source/render/gitlab-ci.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_yaml4 = require("./libraries/yaml.cjs");
    init_ci_script();
    init_ci_apps();
    gitlabRunners = { service: "GitLab CI", native: { amd64: "saas-linux-small-amd64", arm64: "saas-linux-small-arm64" }, cross: "saas-linux-small-amd64" };
    gitlabDockerImage = "docker:28.3";
    gitlabRegistry = "$CI_REGISTRY";
    jobName = (prefix, key) => `${prefix}-${key}`;
    comments2 = {
      "per-arch": [
        " One job per architecture, each on a runner of that architecture (by its tag): nothing runs under",
        " QEMU emulation, which is slow, and which .NET does not support for Native AOT. Each job pushes its",
        " platform's image by digest; the merge job lists the digests in one multi-platform index."
      ],
      single: [
        " One job builds every platform: the Dockerfile's SDK stage runs on this x64 runner and",
        " cross-compiles for each target (-a $TARGETARCH), and the final stage only copies files, so nothing",
        " is emulated. That is cheaper than a job per architecture: one runner, no merge job.",
        " (dotnet-image-wizard --ci-jobs per-arch writes the per-architecture form.)"
      ]
    };
  }
});

// source/render/update-bots.ts
function renderRenovate() {
  const config = {
    $schema: "https://docs.renovatebot.com/renovate-schema.json",
    extends: ["config:recommended"],
    enabledManagers: ["dockerfile", "custom.regex"],
    pinDigests: true,
    customManagers: [{
      customType: "regex",
      description: "ContainerBaseImage in container.props (dotnet publish /t:PublishContainer)",
      managerFilePatterns: ["/(^|/)container\\.props$/"],
      // container.props writes "@" MSBuild-escaped, as %40 (MSBuild hands the task "@").
      matchStrings: ["<ContainerBaseImage>(?<depName>[^:<]+):(?<currentValue>[^@%<]+)(?:@|%40)(?<currentDigest>sha256:[0-9a-f]{64})</ContainerBaseImage>"],
      datasourceTemplate: "docker"
    }]
  };
  return `${JSON.stringify(config, null, 2)}
`;
}
function dependabotDirectory(folder) {
  if (folder !== "" && !/^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/.test(folder)) throw new InputError(`the Dockerfile's folder "${folder}" cannot be named in .github/dependabot.yml (letters, digits, ".", "-", "_" and "/" only).`);
  return `/${folder}`;
}
function renderDependabot(dockerfileFolders) {
  const folders = [...new Set(dockerfileFolders)];
  return [
    "# Dependabot keeps the Dockerfile's pinned base images (tag@sha256:\u2026) current",
    "version: 2",
    "updates:",
    ...folders.flatMap((folder) => [
      "  - package-ecosystem: docker",
      `    directory: ${dependabotDirectory(folder)}`,
      "    schedule:",
      "      interval: weekly"
    ]),
    ""
  ].join("\n");
}
function updateBotFiles(bots, places) {
  if (bots.length > 0 && !places.pinned) throw new InputError(`--output ${bots.join(",")}: the bot configuration keeps pinned digests current: add --pin.`);
  const posix4 = (from, to) => node_path_default.relative(from, to).split(node_path_default.sep).join("/");
  const toRoot = posix4(places.directories[0] ?? places.root, places.root);
  return bots.map((kind) => ({
    kind,
    name: toRoot === "" ? botFileNames[kind] : `${toRoot}/${botFileNames[kind]}`,
    content: kind === "renovate" ? renderRenovate() : renderDependabot(places.directories.map((directory) => posix4(places.root, directory))),
    notes: []
  }));
}
var botFileNames;
var init_update_bots = __esm({
  "source/render/update-bots.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_node_path();
    botFileNames = { renovate: "renovate.json", dependabot: ".github/dependabot.yml" };
  }
});

// source/render/files.ts
var files_exports = {};
__export(files_exports, {
  atRepositoryRoot: () => atRepositoryRoot,
  fileKinds: () => fileKinds,
  fileNames: () => fileNames,
  generateFiles: () => generateFiles,
  parseFileKinds: () => parseFileKinds,
  updateBotFiles: () => updateBotFiles
});
function importNote(project, name, importPath) {
  return `${name}: ${importInstruction(project.projectFile ?? `${project.name}.csproj`, importPath)} (or paste its PropertyGroup in).`;
}
function generateFiles(recommendation2, project, imageName, request, options2 = {}) {
  const files = [];
  const notes = [];
  const healthProbe = request.kinds.includes("compose") && recommendation2.answers.app === "web";
  for (const kind of request.kinds) {
    const name = fileNames[kind];
    if (kind === "dockerfile") files.push({ kind, name, content: renderDockerfile(recommendation2, project, imageName, { ...options2.dockerfile, healthProbe }), notes: [] });
    if (kind === "compose") files.push({ kind, name, content: renderCompose([composeAppOf(recommendation2, project, imageName, options2.compose)]), notes: healthProbe && !request.kinds.includes("dockerfile") ? [`${name}: its health check runs the probe that the Dockerfile builds when written with it (--output dockerfile,compose).`] : [] });
    if (kind === "dockerignore") files.push({ kind, name, content: renderDockerignore(secretConfigs(project)), notes: [] });
    if (kind === "csproj") {
      const importPath = importPathFor(project, name, options2.csprojImport);
      const snippet = renderCsproj(recommendation2, project, imageName, importPath);
      files.push({ kind, name, content: `<Project>
${snippet}</Project>
`, notes: [importNote(project, name, importPath)] });
    }
    if (isCiKind(kind)) {
      const ci = options2.ci ?? { context: ".", dockerfile: "Dockerfile" };
      const apps = [{ recommendation: recommendation2, image: imageToBuild(imageName, "--image"), context: ci.context, dockerfile: ci.dockerfile }];
      const content = kind === "github-actions" ? renderGithubActions(apps, ci.jobs) : renderGitlabCi(apps, ci.jobs);
      files.push({ kind, name, content, notes: [] });
    }
    if (kind === "zerops") {
      try {
        const zerops = renderZerops(recommendation2, project);
        files.push({ kind, name, content: zerops.content, notes: zerops.notes });
      } catch (error) {
        if (request.explicit || !(error instanceof InputError)) throw error;
        notes.push(`zerops.yml skipped: ${error.message}`);
      }
    }
  }
  return { files, notes: [...notes, ...files.flatMap((file) => file.notes)] };
}
var fileNames, atRepositoryRoot;
var init_files = __esm({
  "source/render/files.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_resolve();
    init_project();
    init_compose_app();
    init_compose();
    init_csproj();
    init_dockerfile();
    init_dockerignore();
    init_zerops();
    init_image_name();
    init_github_actions();
    init_gitlab_ci();
    init_file_kinds();
    init_file_kinds();
    init_update_bots();
    fileNames = {
      dockerfile: "Dockerfile",
      dockerignore: ".dockerignore",
      zerops: "zerops.yml",
      // An importable MSBuild file; its PropertyGroup can also be pasted into the .csproj.
      csproj: "container.props",
      compose: "compose.yaml",
      // CI files sit at the repository root, where the service reads them.
      "github-actions": ".github/workflows/container.yml",
      "gitlab-ci": ".gitlab-ci.yml"
    };
    atRepositoryRoot = isCiKind;
  }
});

// source/session/file-changes.ts
function edits(before, after) {
  const lengths = Array.from({ length: before.length + 1 }, () => new Array(after.length + 1).fill(0));
  for (let i2 = before.length - 1; i2 >= 0; i2--) {
    for (let j2 = after.length - 1; j2 >= 0; j2--) {
      lengths[i2][j2] = before[i2] === after[j2] ? lengths[i2 + 1][j2 + 1] + 1 : Math.max(lengths[i2 + 1][j2], lengths[i2][j2 + 1]);
    }
  }
  const result = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      result.push({ kind: " ", line: before[i] });
      i++;
      j++;
    } else if (i < before.length && (j === after.length || lengths[i + 1][j] >= lengths[i][j + 1])) {
      result.push({ kind: "-", line: before[i++] });
    } else {
      result.push({ kind: "+", line: after[j++] });
    }
  }
  return result;
}
function lineChanges(before, after) {
  const list = edits(before.split("\n"), after.split("\n"));
  const near = (index) => list.slice(Math.max(0, index - 1), index + 2).some((edit) => edit.kind !== " ");
  const shown3 = [];
  list.forEach((edit, index) => {
    if (!near(index)) {
      if (shown3.at(-1) !== "\u2026") shown3.push("\u2026");
      return;
    }
    shown3.push(`${edit.kind} ${edit.line}`);
  });
  return { added: list.filter((edit) => edit.kind === "+").length, removed: list.filter((edit) => edit.kind === "-").length, diff: shown3.join("\n") };
}
async function currentAt(target) {
  const info = await lstat(target).catch(() => void 0);
  if (!info) return { kind: "missing" };
  const pointed = info.isSymbolicLink() ? await stat(target).catch(() => void 0) : info;
  if (!pointed) return { kind: "other", what: `a link to ${await readlink(target).catch(() => "?")}, which points nowhere` };
  if (!pointed.isFile()) return { kind: "other", what: pointed.isDirectory() ? "a folder" : "not a regular file" };
  if (pointed.size > comparedBytes) return { kind: "other", what: `a file of ${pointed.size} bytes, too large to compare` };
  const text3 = await readInputFile(target, { shownAs: target, maxBytes: comparedBytes }).catch(() => void 0);
  return text3 === void 0 ? { kind: "other", what: "a file that cannot be read" } : { kind: "text", text: text3 };
}
async function compareWithDisk(files) {
  return Promise.all(files.map(async (file) => {
    const target = node_path_default.join(file.directory, file.name);
    const current = await currentAt(target);
    if (current.kind === "missing") return { file, target, status: "new", added: 0, removed: 0, diff: "" };
    if (current.kind === "text" && file.merge) file = { ...file, content: file.merge(current.text) };
    if (current.kind === "other") {
      const added = file.content.split("\n").length;
      return { file, target, status: "changed", added, removed: 1, diff: `- (${current.what})
${file.content.split("\n").map((line) => `+ ${line}`).join("\n")}` };
    }
    if (current.text === file.content) return { file, target, status: "unchanged", added: 0, removed: 0, diff: "" };
    return { file, target, status: "changed", ...lineChanges(current.text, file.content) };
  }));
}
function filesToWrite(changes2, mode) {
  return changes2.filter((change) => change.status !== "unchanged").map((change) => {
    if (mode !== "beside" || change.status !== "changed" || change.file.merge) return change.file;
    const name = `${change.file.name}${besideSuffix}`;
    return { ...change.file, name, content: change.file.contentAs?.(name) ?? change.file.content, ...change.file.shown ? { shown: change.file.shown.replace(change.file.name, name) } : {} };
  });
}
function writtenDockerfile(folder, written) {
  const names2 = [fileNames.dockerfile, `${fileNames.dockerfile}${besideSuffix}`];
  return written.find((file) => node_path_default.dirname(file) === folder && names2.includes(node_path_default.basename(file))) ?? node_path_default.join(folder, fileNames.dockerfile);
}
var comparedBytes, besideSuffix;
var init_file_changes = __esm({
  "source/session/file-changes.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_promises();
    init_node_path();
    init_input_file();
    init_files();
    comparedBytes = 1024 * 1024;
    besideSuffix = ".generated";
  }
});

// source/runner/platform-plan.ts
function nativeBuild(platform, node) {
  return { platform, verdict: "native", node: node.name, sdkPlatform: platform, cost: `native on ${node.name}: every stage runs at full speed, no emulation` };
}
function crossBuild(recommendation2, platform, node, engine) {
  const sdkPlatform = node?.native[0];
  const where2 = node ? `on ${node.name}${sdkPlatform ? ` (${sdkPlatform})` : ""}` : "on the build machine";
  if (engine === "sdk") {
    const toolchain = recommendation2.answers.deploy === "aot" ? ": Native AOT needs the target's cross toolchain installed there" : ": no emulation, no container build";
    return { platform, verdict: "cross", ...node ? { node: node.name } : {}, ...sdkPlatform ? { sdkPlatform } : {}, cost: `cross-compiled by dotnet publish ${where2}${toolchain}` };
  }
  const stage = recommendation2.buildMode === "cross-aot" ? `the SDK stage runs natively and links with the ${architecture(platform)} C toolchain it installs` : `the SDK stage runs natively and publishes for ${architecture(platform)}`;
  return { platform, verdict: "cross", ...node ? { node: node.name } : {}, ...sdkPlatform ? { sdkPlatform } : {}, cost: `cross-compiled ${where2}: ${stage}; the final stage only copies files, so nothing is emulated` };
}
function emulatedBuild(platform, machine2) {
  const node = machine2.nodes.find((candidate) => candidate.platforms.includes(platform));
  const where2 = node ? ` on ${node.name}` : "";
  return { platform, verdict: "emulated", ...node ? { node: node.name } : {}, cost: `emulated under QEMU${where2}: the Native AOT SDK stage would run there, several times slower, and .NET does not support it` };
}
function planPlatforms(recommendation2, machine2, engine) {
  const targets = platformList(recommendation2).split(",");
  const builder = machine2.nodes.find((node) => node.native.length > 0);
  const builds = targets.map((platform) => {
    const native = machine2.nodes.find((node) => runsNatively(node, platform));
    if (native) return nativeBuild(platform, native);
    if (recommendation2.buildMode !== "emulated" || engine === "sdk") return crossBuild(recommendation2, platform, builder, engine);
    return emulatedBuild(platform, machine2);
  });
  const emulated = builds.filter((build) => build.verdict === "emulated").map((build) => build.platform);
  return { engine, machine: machine2, platforms: builds, ...emulated.length > 0 ? { refusal: emulationRefusal(recommendation2, emulated, machine2) } : {} };
}
function emulationRefusal(recommendation2, emulated, machine2) {
  const { answers } = recommendation2;
  const list = emulated.join(", ");
  return `Native AOT on ${osNames[answers.os]}${answers.os === "ubuntu" ? ` for .NET ${answers.dotnet}` : ""} cannot cross-compile, and .NET does not support it under QEMU emulation: ${list} would be emulated on ${machineTitle(machine2)}. Build ${list} natively instead: on a buildx builder with a node of that architecture (docker buildx create --append --name BUILDER --platform ${emulated[0]} ssh://USER@HOST, then --builder BUILDER), on native CI runners (--output github-actions or gitlab-ci), or ${crossCompilingFix(answers)} to cross-compile.`;
}
var architecture;
var init_platform_plan = __esm({
  "source/runner/platform-plan.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_recommend();
    init_build_command();
    init_build_machine();
    architecture = (platform) => platform.split("/").slice(1).join("/");
  }
});

// source/runner/preflight.ts
async function preflight3(plan2, _recommendation) {
  const engine = engines[plan2.engine];
  const answer = await probe(engine.program, engine.versionArgs, { cwd: plan2.cwd, env: plan2.request.environment });
  if (answer.missing) throw new PreflightError(engine.missing);
  if (!answer.ok) throw new PreflightError(engine.versionFailure?.(`${answer.stdout}
${answer.stderr}`) ?? `${engine.program} ${engine.versionArgs.join(" ")} failed: ${firstLine(answer.stderr) || firstLine(answer.stdout) || "no output"}.`);
  const version3 = /\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?/.exec(answer.stdout)?.[0] ?? answer.stdout.trim();
  const context = { request: plan2.request, version: version3 };
  const local = engine.machine ? void 0 : refuseEmulation(planPlatforms(plan2.request.recommendation, thisMachine(), plan2.engine));
  const notes = await engine.preflight(context);
  const platformPlan = local ?? refuseEmulation(planPlatforms(plan2.request.recommendation, await engine.machine(context), plan2.engine));
  if (!local) notes.push(...crossNotes(platformPlan));
  return { notes, version: version3, platformPlan, ...engine.dialect ? { dialect: engine.dialect(version3) } : {} };
}
function refuseEmulation(platformPlan) {
  if (platformPlan.refusal) throw new PreflightError(platformPlan.refusal);
  return platformPlan;
}
function crossNotes(platformPlan) {
  const unlisted = platformPlan.platforms.filter((build) => build.verdict === "cross" && !platformPlan.machine.nodes.some((node) => node.platforms.includes(build.platform)));
  if (unlisted.length === 0) return [];
  return [`no emulation needed for ${unlisted.map((build) => build.platform).join(", ")}: the SDK stage runs on the build machine and the ${unlisted.length === 1 ? "target" : "targets'"} final stage runs no commands.`];
}
function checkDockerfile(content, dialect, engineTitle, version3) {
  if (!dialect.copyLink && /^\s*(?:COPY|ADD)\s+(?:--\S+\s+)*--link\b/im.test(content)) {
    throw new PreflightError(`the Dockerfile uses COPY --link, which ${engineTitle} ${version3} refuses (it arrived in buildah 1.41 and podman 5.6): remove --link from its COPY lines, or regenerate it with --write --force.`);
  }
}
var init_preflight = __esm({
  "source/runner/preflight.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_build_machine();
    init_detect2();
    init_platform_plan();
    init_preflight_error();
    init_probe();
  }
});

// source/session/engines.ts
function wizardBuildRequest(builder, recommendation2, session, directory) {
  const archive = { oci: node_path_default.join(directory, `${session.project.name.toLowerCase()}.oci.tar`) };
  if (builder === "sdk") return { engine: builder, ...archive };
  if (builder === "podman" || builder === "buildah") return { engine: builder };
  return recommendation2.answers.arch.length > 1 ? { engine: builder, ...archive } : { engine: builder };
}
function wizardBuildPlan(builder, recommendation2, session, directory, written = []) {
  return planFor(recommendation2, session, wizardBuildRequest(builder, recommendation2, session, directory), writtenDockerfile(directory, written), { engine: builder, notes: [] });
}
async function engineChoices(recommendation2, session, directory, written = []) {
  return Promise.all(wizardEngines.map(async ({ builder, label: label2 }) => {
    const plan2 = wizardBuildPlan(builder, recommendation2, session, directory, written);
    try {
      await preflight3(plan2, recommendation2);
      return { builder, label: label2, plan: plan2, ready: true };
    } catch (error) {
      return { builder, label: label2, plan: plan2, ready: false, missing: error.message };
    }
  }));
}
function preferredEngine(choices, named3) {
  return choices.find((choice) => choice.builder === named3) ?? choices.find((choice) => choice.ready) ?? choices[0];
}
var wizardEngines;
var init_engines = __esm({
  "source/session/engines.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_file_changes();
    init_preflight();
    init_build_plan();
    wizardEngines = [
      { builder: "docker", label: "docker buildx" },
      { builder: "podman", label: "podman" },
      { builder: "buildah", label: "buildah" },
      { builder: "sdk", label: "the .NET SDK (dotnet publish /t:PublishContainer)" }
    ];
  }
});

// source/runner/failure.ts
function errorText(line) {
  const text3 = line.replace(/^#\d+ (?:\d+\.\d+ )?/, "").trim();
  if (!isError(text3)) return void 0;
  if (/error [A-Z]+\d+: +(?:at |---)|error [A-Z]+\d+:\s+--->/.test(text3)) return void 0;
  return text3.replace(/^ERROR: failed to solve: (process ")/, "ERROR: $1").replace(/\s+\[[^\]]+\.(?:cs|fs|vb)proj(?:::TargetFramework=[^\]]*)?\]$/, "").replace(/^\S*\/([^/\s]+\.(?:targets|props))\(\d+,\d+\): /, "").replace(/^\S*\/([^/\s]+\.(?:cs|fs|vb|csproj|fsproj|vbproj))(\(\d+,\d+\)): /, "$1$2: ");
}
function isError(text3) {
  return /(?:^|: )error(?: [A-Z]+\d+)? ?:/.test(text3) || /^ERROR:|^ERROR \[/.test(text3) || /^Error: |^error building at STEP|^error creating build container/.test(text3);
}
function sdkStep(errors) {
  return sdkPhases.find(([pattern]) => errors.some((line) => pattern.test(line)))?.[1];
}
function hostIn(text3) {
  return /(?:lookup |pinging container registry |\(|https?:\/\/)([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?/i.exec(text3)?.[1];
}
function explainFailure(lines2) {
  for (const { pattern, meaning } of meanings) {
    const line = lines2.find((text3) => pattern.test(text3));
    if (line !== void 0) return meaning(line);
  }
  return void 0;
}
var sdkPhases, meanings;
var init_failure = __esm({
  "source/runner/failure.ts"() {
    "use strict";
    init_define_PACKAGE();
    sdkPhases = [
      [/error NU\d+/, "restore (dotnet restore: the NuGet packages)"],
      [/error (?:CS|FS|BC)\d+/, "build (compiling the project)"],
      [/error CONTAINER\d+|"CreateNewImage" task|Microsoft\.NET\.Build\.Containers/, "PublishContainer (making the image from the base image)"],
      [/error NETSDK\d+/, "the .NET SDK checking the project"],
      [/error (?:IL|ILC)\d+|Platform linker not found/, "Native AOT compilation and link"]
    ];
    meanings = [
      { pattern: /exec format error/i, meaning: () => 'a binary for another architecture ran without emulation. Only the SDK stage of the generated Dockerfile runs commands, on the build machine; keep RUN out of the final stage, or install QEMU with "docker run --privileged --rm tonistiigi/binfmt --install all".' },
      // Before "not found": buildah says "initializing source docker://…" for an unreachable registry too.
      { pattern: /no such host|Name or service not known|Temporary failure in name resolution|network is unreachable|connection refused|i\/o timeout|Could not resolve host|TLS handshake timeout/i, meaning: (text3) => `registry unreachable: the build could not reach ${hostIn(text3) ?? "a registry"} (a name that does not resolve, or no network). Check the network or proxy (HTTPS_PROXY) on the build machine, or pull the base images from a mirror with --base-registry.` },
      { pattern: /NU1301|Unable to load the service index/, meaning: () => "restore could not reach a package source: check the build's network access and your NuGet.config (a private feed's goes in with --secret id=nugetconfig)." },
      { pattern: /NU1101|NU1102|NU1103/, meaning: () => "restore could not find a package or version in the package sources: check the package name and version, and that NuGet.config lists the feed that has it." },
      { pattern: /error (?:CS|FS|BC)\d+/, meaning: () => "the project does not compile: fix the errors above (dotnet build shows them on this machine too)." },
      { pattern: /Platform linker not found|clang: (?:command )?not found|cannot find -lz|ILCompiler.*requires|NETSDK1203/i, meaning: () => "Native AOT could not link for the target: its C toolchain (clang or gcc for that architecture, zlib) is missing. Build on the -aot SDK image, or on a machine of the target architecture." },
      { pattern: /NETSDK1045|does not support targeting \.NET/, meaning: () => "the SDK is older than a framework the project targets: build with an SDK of the newest .NET version the project targets (a multi-targeted project restores every one)." },
      { pattern: /COPY only supports the --chmod/, meaning: () => "this engine refuses COPY --link (buildah before 1.41, podman before 5.6): generate the Dockerfile for it with --engine buildah or podman, or remove --link." },
      { pattern: /manifest unknown|failed to solve: .*not found|image not known|reading manifest/i, meaning: () => "tag not found: an image the Dockerfile names is not in the registry, or not for every platform: check the tag exists for each one." },
      { pattern: /unauthorized|authentication required|denied: /i, meaning: (text3) => `the registry${hostIn(text3) ? ` ${hostIn(text3)}` : ""} refused: log in to it (docker login, podman login) or check the image name.` }
    ];
  }
});

// source/runner/host-outputs.ts
async function hostOutputsToMake(plan2) {
  if (plan2.engine !== "sdk") return [];
  const folder = node_path_default.resolve(plan2.cwd, node_path_default.dirname(plan2.request.projectFile ?? "."));
  const archive = typeof plan2.output === "object" ? node_path_default.resolve(plan2.cwd, plan2.output.oci) : void 0;
  const candidates = ["bin", "obj"].map((name) => node_path_default.join(folder, name)).filter((candidate) => !archive?.startsWith(`${candidate}${node_path_default.sep}`));
  const present2 = await Promise.all(candidates.map(async (candidate) => stat(candidate).then(() => true, () => false)));
  return candidates.filter((_, index) => !present2[index]);
}
async function removeHostOutputs(made) {
  await Promise.all(made.map(async (folder) => rm(folder, { recursive: true, force: true })));
}
function removeHostOutputsNow(made) {
  for (const folder of made) (0, import_node_fs12.rmSync)(folder, { recursive: true, force: true });
}
var import_node_fs12;
var init_host_outputs = __esm({
  "source/runner/host-outputs.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs12 = require("node:fs");
    init_promises();
    init_node_path();
  }
});

// source/runner/run.ts
function stepOf(line) {
  const buildkit = /^#\d+ (\[[^\]]+\] .+)$/.exec(line);
  if (buildkit) return buildkit[1].slice(0, 120);
  const containers = /^(?:\[\d+\/\d+\] )?(STEP \d+\/\d+: .+)$/.exec(line);
  if (containers) return line.slice(0, 120);
  const sdk2 = /^\s*(Determining projects to restore|Restored .+|.+ -> .+|Building image .+|Pushed image .+|Uploading .+)$/.exec(line);
  return sdk2 ? sdk2[1].trim().slice(0, 120) : void 0;
}
async function runBuild(plan2, callbacks = {}) {
  const started = Date.now();
  const archive = typeof plan2.output === "object" ? plan2.output.oci : void 0;
  const archiveExisted = archive ? await stat(archive).then(() => true, () => false) : false;
  const made = await hostOutputsToMake(plan2);
  const lastLines = [];
  let failingStep;
  let currentStep;
  const buildkitSteps = /* @__PURE__ */ new Map();
  const errors = [];
  let digest2;
  let cancelled2 = false;
  let running2;
  const cancel = () => {
    cancelled2 = true;
    const pid = running2?.pid;
    if (pid === void 0) return;
    try {
      node_process_default.kill(-pid, "SIGTERM");
    } catch {
    }
    setTimeout(() => {
      try {
        node_process_default.kill(-pid, "SIGKILL");
      } catch {
      }
    }, 3e3).unref();
  };
  const signals = [callbacks.signal, cancelled].filter((signal) => signal !== void 0);
  for (const signal of signals) signal.addEventListener("abort", cancel, { once: true });
  if (signals.some((signal) => signal.aborted)) cancel();
  const release = holdExit();
  const dropKill = onStop(() => {
    const pid = running2?.pid;
    if (pid !== void 0) {
      try {
        node_process_default.kill(-pid, "SIGKILL");
      } catch {
      }
    }
    if (archive && !archiveExisted) (0, import_node_fs13.rmSync)(archive, { force: true });
    removeHostOutputsNow(made);
  });
  const runStep = async (step2) => {
    const subprocess = (0, import_execa2.execa)(step2.command, step2.args, {
      cwd: plan2.cwd,
      all: true,
      reject: false,
      detached: true,
      stdin: "ignore",
      buffer: false,
      env: plan2.env
    });
    running2 = subprocess;
    if (cancelled2) cancel();
    try {
      for await (const line of subprocess.iterable({ from: "all" })) {
        const text3 = String(line);
        lastLines.push(text3);
        if (lastLines.length > 40) lastLines.shift();
        callbacks.onLine?.(text3);
        const announced = stepOf(text3);
        if (announced && announced !== currentStep) {
          currentStep = announced;
          callbacks.onStep?.(announced);
        }
        const number = /^#(\d+) /.exec(text3)?.[1];
        if (number && announced) buildkitSteps.set(number, announced);
        const error = step2.mayFail ? void 0 : errorText(text3);
        const task = /^error (MSB4018): The "(\w+)" task failed unexpectedly\.$/.exec(errors.at(-1) ?? "");
        if (error && task && error.startsWith(`error ${task[1]}: `) && !errors.some((line2) => line2.includes(error.slice(15)))) {
          errors[errors.length - 1] = `error ${task[1]}: the "${task[2]}" task failed: ${error.slice(`error ${task[1]}: `.length)}`;
        } else if (error && !errors.includes(error) && errors.length < 8) {
          errors.push(error);
          failingStep ??= (number ? buildkitSteps.get(number) : void 0) ?? (plan2.engine === "sdk" ? void 0 : currentStep);
        }
        if (!/layer|blob|config|on top of/i.test(text3)) digest2 = /sha256:[0-9a-f]{64}/.exec(text3)?.[0] ?? digest2;
      }
    } catch {
    }
    const result = await subprocess;
    return { exitCode: result.exitCode ?? 1, missing: result.code === "ENOENT" };
  };
  let failed = false;
  try {
    for (const step2 of plan2.steps) {
      if (cancelled2) break;
      const outcome = await runStep(step2);
      if (outcome.missing || outcome.exitCode !== 0 && !step2.mayFail) {
        failed = true;
        break;
      }
    }
  } finally {
    for (const signal of signals) signal.removeEventListener("abort", cancel);
    dropKill();
    await removeHostOutputs(made).catch(() => {
    });
    release();
  }
  const elapsedMs = Date.now() - started;
  failed ||= cancelled2;
  if (failed && archive && !archiveExisted) await rm(archive, { force: true });
  if (cancelled2) return { status: "cancelled", exitCode: cancelled.aborted ? cancelledExitCode() : 130, elapsedMs, lastLines };
  if (failed) {
    const explanation = explainFailure([...errors, ...lastLines]);
    const step2 = plan2.engine === "sdk" ? sdkStep(errors) : failingStep ?? currentStep;
    return { status: "failed", exitCode: 1, elapsedMs, lastLines, ...step2 ? { failingStep: step2 } : {}, ...errors.length > 0 ? { errors } : {}, ...explanation ? { explanation } : {} };
  }
  return { status: "succeeded", exitCode: 0, elapsedMs, lastLines, ...digest2 ? { digest: digest2 } : {}, ...archive ? { archive } : {} };
}
var import_node_fs13, import_execa2;
var init_run = __esm({
  "source/runner/run.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs13 = require("node:fs");
    init_promises();
    init_node_process();
    import_execa2 = require("./libraries/execa.cjs");
    init_cancellation();
    init_failure();
    init_host_outputs();
  }
});

// source/session/build-outcome.ts
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
}
function describeResult(result, plan2) {
  if (result.status === "succeeded") {
    const local = plan2.engine === "buildah" || plan2.engine === "podman" ? `kept in ${plan2.engine}'s local storage` : "loaded into the local image store";
    const where2 = typeof plan2.output === "object" ? `written to ${result.archive}` : plan2.output === "push" ? "pushed" : local;
    return [`built ${plan2.image} for ${plan2.platforms.join(", ")} in ${seconds(result.elapsedMs)}: ${where2}${result.digest ? ` (${result.digest})` : ""}`];
  }
  if (result.status === "cancelled") return [`build cancelled after ${seconds(result.elapsedMs)}: nothing was pushed or loaded`];
  return [
    `build failed after ${seconds(result.elapsedMs)}`,
    ...result.failingStep ? [`failing step: ${result.failingStep}`] : [],
    ...(result.errors ?? []).map((error) => `  ${error}`),
    ...result.explanation ? [`what it usually means: ${result.explanation}`] : []
  ];
}
var init_build_outcome = __esm({
  "source/session/build-outcome.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/session/build-log.ts
async function saveBuildLog(command, lines2, now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replaceAll(/[:.]/g, "-");
  const file = node_path_default.join(node_os_default.tmpdir(), `dotnet-image-wizard-build-${stamp}-${node_process_default.pid}.log`);
  await writeFile(file, `$ ${command}
${lines2.join("\n")}
`, { mode: 384 });
  return file;
}
var init_build_log = __esm({
  "source/session/build-log.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    init_promises();
    init_node_os();
    init_node_path();
  }
});

// source/session/session-build.ts
async function runSessionBuild(plan2, recommendation2, command, progress2 = {}) {
  const everything = [];
  const end = await checkedBuild(plan2, recommendation2, {
    ...progress2,
    onLine: (line) => {
      everything.push(line);
      progress2.onLine?.(line);
    }
  });
  if (end.error !== void 0) return end;
  const log = await saveBuildLog(command, everything).catch(() => void 0);
  return { ...end, ...log ? { log } : {} };
}
async function checkedBuild(plan2, recommendation2, progress2 = {}) {
  const started = Date.now();
  try {
    const { notes, platformPlan } = await preflight3(plan2, recommendation2);
    progress2.onStarted?.(notes, platformPlan);
    const result = await runBuild(plan2, {
      ...progress2.signal ? { signal: progress2.signal } : {},
      ...progress2.onLine ? { onLine: progress2.onLine } : {},
      ...progress2.onStep ? { onStep: progress2.onStep } : {}
    });
    return { result, summary: describeResult(result, plan2) };
  } catch (error) {
    return { error: error.message, summary: [], result: { status: "failed", exitCode: 1, elapsedMs: Date.now() - started, lastLines: [] } };
  }
}
var init_session_build = __esm({
  "source/session/session-build.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_preflight();
    init_run();
    init_build_outcome();
    init_build_log();
  }
});

// source/session/app-builds.ts
function appBuilds(builder, plans, written) {
  return plans.map((app) => {
    const folder = node_path_default.dirname(app.dockerfile);
    const request = wizardBuildRequest(builder, app.recommendation, app.session, folder);
    return { name: app.name, recommendation: app.recommendation, plan: planFor(app.recommendation, app.session, request, writtenDockerfile(folder, written), { engine: builder, notes: [] }) };
  });
}
async function buildApps(builds, before, events) {
  const states = builds.map((build, index) => {
    const earlier = before[index];
    return earlier?.status === "succeeded" ? earlier : { name: build.name, status: "waiting", summary: [] };
  });
  for (const [index, build] of builds.entries()) {
    if (states[index].status === "succeeded") continue;
    states[index] = { ...states[index], status: "running" };
    events.onStart(index);
    const end = await checkedBuild(build.plan, build.recommendation, { signal: events.signal, onStarted: (notes, platformPlan) => events.onChecked(index, { notes, platformPlan }), onLine: events.onLine, onStep: events.onStep });
    const state = end.error === void 0 ? { name: build.name, status: end.result.status, summary: end.summary, result: end.result } : { name: build.name, status: "failed", summary: [], error: end.error, result: end.result };
    states[index] = state;
    events.onEnd(index, state);
    if (state.status !== "succeeded") {
      for (const later2 of states.keys()) if (later2 > index && states[later2].status === "waiting") states[later2] = { ...states[later2], status: "not-started" };
      break;
    }
  }
  return states;
}
function appBuildLines(states) {
  const stopper = states.find((state) => state.status === "failed" || state.status === "cancelled");
  return states.flatMap((state) => {
    if (state.status === "not-started" && stopper) return [`${state.name}: not built (the builds stopped when ${stopper.name} ${stopper.status === "cancelled" ? "was cancelled" : "failed"})`];
    if (state.status === "waiting" || state.status === "running" || state.status === "not-started") return [];
    const [first = "", ...rest] = state.error ? [`build could not start: ${state.error}`] : state.summary;
    return [`${state.name}: ${first}`, ...rest];
  });
}
var init_app_builds = __esm({
  "source/session/app-builds.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_build_plan();
    init_engines();
    init_file_changes();
    init_session_build();
  }
});

// source/session/candidates.ts
async function describeCandidates(files, cwd, options2 = {}) {
  return Promise.all(files.map(async (file) => {
    const shown3 = node_path_default.relative(cwd, file) || node_path_default.basename(file);
    try {
      const { layer, problems } = await detectProject(file, cwd, options2);
      const kind = layer.values.app === "web" ? "web app" : layer.values.app === "console" ? "worker/console app" : void 0;
      return { file, shown: shown3, ...kind ? { kind } : {}, ...layer.values.dotnet ? { dotnet: `.NET ${layer.values.dotnet}` } : {}, ...problems[0] ? { problem: problems[0] } : {} };
    } catch (error) {
      return { file, shown: shown3, problem: error.message.split("\n")[0] };
    }
  }));
}
var init_candidates = __esm({
  "source/session/candidates.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_detect();
  }
});

// source/session/command-rows.ts
function words(command) {
  return command.match(/(?:[^\s'\\]+|\\.|'[^']*')+/g) ?? [];
}
function splitWord(word, first, width) {
  const pieces = [];
  let piece = "";
  let quoted2 = false;
  let room = first;
  for (let index = 0; index < word.length; index++) {
    const token = !quoted2 && word[index] === "\\" ? word.slice(index, index + 2) : word[index];
    index += token.length - 1;
    if (piece.length > 0 && piece.length + token.length + (quoted2 ? 2 : 1) > room) {
      pieces.push(quoted2 ? `${piece}'\\` : `${piece}\\`);
      piece = quoted2 ? `'` : "";
      room = width;
    }
    piece += token;
    if (token === `'`) quoted2 = !quoted2;
  }
  pieces.push(piece);
  return pieces;
}
function commandRows(command, width, options2 = {}) {
  const { margin = "", indent = "    " } = options2;
  if (margin.length + command.length <= width) return [`${margin}${command}`];
  const groups = [];
  for (const word of words(command)) {
    const last = groups.at(-1);
    if (last?.length === 1 && /^-/.test(last[0]) && !/^-/.test(word) && word !== "&&") last.push(word);
    else groups.push([word]);
  }
  if (groups.length > 2 && !/^-/.test(groups.at(-1)[0])) groups.splice(-2, 2, [...groups.at(-2), ...groups.at(-1)]);
  const rows = [];
  let row = "";
  const start2 = () => rows.length === 0 ? margin : `${margin}${indent}`;
  const place = (text3) => {
    const candidate = row ? `${row} ${text3}` : `${start2()}${text3}`;
    if (candidate.length + 2 <= width) {
      row = candidate;
      return true;
    }
    if (row) {
      rows.push(`${row} \\`);
      row = "";
      return place(text3);
    }
    return false;
  };
  for (const group of groups) {
    if (place(group.join(" "))) continue;
    for (const word of group) {
      if (place(word)) continue;
      const lead = start2();
      const pieces = splitWord(word, width - 2 - lead.length, width - 2);
      if (pieces.length > 1) rows.push(`${lead}${pieces[0]}`, ...pieces.slice(1, -1));
      row = pieces.length > 1 ? pieces.at(-1) : `${lead}${word}`;
    }
  }
  rows.push(row);
  return rows;
}
var init_command_rows = __esm({
  "source/session/command-rows.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/session/final-summary.ts
function finalSummary(ending) {
  const { recommendation: recommendation2, apps, written, steps, built, log, cancelled: cancelled2, columns = Number.POSITIVE_INFINITY } = ending;
  if (cancelled2 && written.length === 0) return "Cancelled: nothing was written.";
  const lines2 = [];
  if (cancelled2) lines2.push("Cancelled. Written before that:");
  if (apps && apps.length > 1) lines2.push("Images", ...apps.flatMap((app) => [`  ${app.name}`, `    build    ${app.recommendation.build.reference}`, `    runtime  ${app.recommendation.runtime.reference}`]));
  else if (recommendation2) lines2.push("Images", `  build    ${recommendation2.build.reference}`, `  runtime  ${recommendation2.runtime.reference}`);
  if (written.length > 0) lines2.push(cancelled2 ? "" : "Wrote", ...written.map((file) => `  ${file}`));
  if (built && built.length > 0) lines2.push("", "Build", ...built.map((line) => `  ${line}`), ...log ? [`  full log: ${log}`] : []);
  if (steps.length > 0) {
    lines2.push("", "Next steps");
    for (const step2 of steps) lines2.push(`  # ${step2.what}`, ...commandRows(shownText(step2.command, { limit: Number.POSITIVE_INFINITY }), columns - 1, { margin: "  " }));
  }
  return lines2.filter((line, index) => !(line === "" && index === 0)).map((line) => shownText(line, { limit: Number.POSITIVE_INFINITY })).join("\n");
}
var init_final_summary = __esm({
  "source/session/final-summary.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_shown_text();
    init_command_rows();
  }
});

// source/session/next-steps.ts
function commandFrom(cwd, plan2) {
  const folder = node_path_default.relative(cwd, plan2.cwd);
  return folder ? `${shellCommand(["cd", cdArgument(folder)])} && ${commandLine(plan2)}` : commandLine(plan2);
}
function nextSteps(recommendation2, session, directory, written, engine = "docker") {
  const writtenDockerfile2 = written.find((file) => [fileNames.dockerfile, `${fileNames.dockerfile}${besideSuffix}`].includes(node_path_default.basename(file)));
  const dockerfile = engine === "sdk" ? void 0 : writtenDockerfile2 ?? node_path_default.join(directory, fileNames.dockerfile);
  const steps = [];
  const [first] = recommendation2.answers.arch;
  const one = { ...recommendation2, answers: { ...recommendation2.answers, arch: first ? [first] : [] } };
  const choice = { engine, notes: [] };
  const buildable = engine === "sdk" ? session.project.projectFile !== void 0 : writtenDockerfile2 !== void 0;
  if (buildable) {
    const loaded3 = planFor(one, session, {}, dockerfile, choice);
    steps.push({ what: `Build for ${platforms[first].platform} and ${keptIn[engine]}`, command: commandFrom(session.cwd, loaded3) });
    const placeholder = registryPlaceholder(engine === "sdk" ? "sdk" : "dockerfile");
    const pushTo = imageToPush(session.imageName, placeholder);
    const registry2 = pushTo === session.imageName ? session : { ...session, imageName: pushTo };
    const pushed = planFor(recommendation2, registry2, { push: true }, dockerfile, choice);
    const replace = registry2 === session ? "" : ` (replace ${placeholder} with yours)`;
    steps.push({ what: `${recommendation2.answers.arch.length > 1 ? `Build every architecture (${pushed.platforms.join(", ")}) and push one multi-arch image` : "Build and push it to a registry"}${replace}`, command: commandFrom(session.cwd, pushed) });
    const port = exposedPort(session.project, recommendation2.answers.app);
    const listens = port === void 0 ? "" : ` (${recommendation2.answers.app === "web" ? "Kestrel" : "the app"} listens on port ${port})`;
    steps.push({ what: `Run it${listens}`, command: shellCommand([runner[engine], "run", "--rm", ...port === void 0 ? [] : ["-p", `${port}:${port}`], loaded3.image]) });
  }
  steps.push(...composeSteps(session.cwd, written, "it"));
  const props = written.find((file) => node_path_default.basename(file) === fileNames.csproj);
  if (engine !== "sdk" && props && session.project.projectFile) {
    const folder = node_path_default.relative(session.cwd, session.contextDirectory);
    const publish = shellCommand(["dotnet", "publish", session.project.projectFile, "-c", "Release", "/t:PublishContainer"]);
    const importPath = node_path_default.relative(node_path_default.dirname(node_path_default.resolve(session.contextDirectory, session.project.projectFile)), node_path_default.resolve(session.cwd, props)).split(node_path_default.sep).join("/");
    steps.push({
      what: `Or build with the .NET SDK: ${importInstruction(node_path_default.basename(session.project.projectFile), importPath)}, then`,
      command: folder ? `${shellCommand(["cd", cdArgument(folder)])} && ${publish}` : publish
    });
  }
  return steps;
}
function composeSteps(cwd, written, what) {
  const compose = written.find((file) => node_path_default.basename(file) === fileNames.compose);
  if (!compose) return [];
  const folder = node_path_default.relative(cwd, node_path_default.dirname(compose));
  const up = shellCommand(["docker", "compose", "up", "--build"]);
  return [{ what: `Or build and start ${what} with Compose, with ${what === "it" ? "its health check" : "their health checks"} (podman compose works the same)`, command: folder ? `${shellCommand(["cd", cdArgument(folder)])} && ${up}` : up }];
}
function appsNextSteps(apps, written, engine = "docker") {
  const [first] = apps;
  if (!first) return [];
  const steps = apps.flatMap((app) => {
    const folder = node_path_default.dirname(app.dockerfile);
    const own = written.filter((file) => node_path_default.dirname(file) === folder && node_path_default.basename(file) !== fileNames.compose);
    return nextSteps(app.recommendation, app.session, folder, own, engine).map((step2) => ({ ...step2, what: `${app.name}: ${step2.what}` }));
  });
  return [...steps, ...composeSteps(first.session.cwd, written, "every app")];
}
var cdArgument, keptIn, runner;
var init_next_steps = __esm({
  "source/session/next-steps.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_catalog();
    init_posix_shell();
    init_project();
    init_build_command();
    init_csproj();
    init_files();
    init_plan();
    init_build_plan();
    init_file_changes();
    cdArgument = (folder) => folder.startsWith("-") ? `./${folder}` : folder;
    keptIn = {
      docker: "load it into the local image store",
      podman: "keep it in podman's local storage",
      buildah: "keep it in buildah's local storage (podman runs from the same storage)",
      sdk: "load it into Docker or Podman"
    };
    runner = { docker: "docker", podman: "podman", buildah: "podman", sdk: "docker" };
  }
});

// source/session/option-states.ts
function canWork(answers, id, today) {
  if (recommend(answers, today).ok) return true;
  return later(id).some((next) => candidatesFor2(next, answers, today).some((value) => recommend({ ...answers, [next]: value }, today).ok));
}
function candidatesFor2(id, answers, today) {
  const values = questionFor(id).options(answers, today).map((option2) => option2.value);
  return id === "arch" ? values.map((value) => [value]) : values;
}
function recommendedFor(id, states, answers, origin, today) {
  const fallback = { values: valuesOf(questionFor(id).defaultValue(answers, today)) };
  if (origin?.provenance[id]?.source !== "detected") return fallback;
  const detected = origin.answers[id];
  const values = valuesOf(detected);
  const phrase = answerPhrase(id, detected);
  if (!values.every((value) => states.some((state) => state.value === value && !state.disabled))) {
    return { ...fallback, because: `the project's ${phrase} cannot work with the answers above` };
  }
  if (id === "dotnet" && supportStatus(String(detected), today).phase === "eol") {
    return { ...fallback, because: `the project's ${phrase} is past end of support: retarget it` };
  }
  return { values };
}
function optionStates(id, answers, today, origin) {
  const question = questionFor(id);
  const states = question.options(answers, today).map((option2) => {
    const value = id === "arch" ? [option2.value] : option2.value;
    const candidate = { ...answers, [id]: value };
    const outcome = recommend(candidate, today);
    const disabled = !outcome.ok && !canWork(candidate, id, today) ? outcome.refusal.message : void 0;
    const keepsShell = id !== "shell" && answers.shell === "no" && outcome.ok && outcome.recommendation.tradeoffs.shell;
    return {
      ...option2,
      ...disabled ? { disabled } : {},
      ...keepsShell ? { tag: "keeps a shell" } : {}
    };
  });
  const { values, because } = recommendedFor(id, states, answers, origin, today);
  return states.map((state) => {
    const recommended = values.includes(state.value);
    return { ...state, recommended, ...recommended && because ? { recommendedBecause: because } : {} };
  });
}
function optionMarks(id, state, origin) {
  const mark = sourceMark(origin.provenance[id]);
  const held = valuesOf(origin.answers[id]).includes(state.value);
  return [
    ...mark && mark !== "recommended" && held ? [mark] : [],
    ...state.recommended ? [state.recommendedBecause ? `recommended: ${state.recommendedBecause}` : "recommended"] : []
  ];
}
function fixesFor(answers, today, asked, cannotBuild = () => false) {
  const fixes = [];
  for (const id of asked) {
    const question = questionFor(id);
    const options2 = question.options(answers, today);
    const tries = id === "arch" ? answers.arch.map((drop) => ({ value: answers.arch.filter((architecture2) => architecture2 !== drop), label: `without ${options2.find((option2) => option2.value === drop)?.label ?? drop}` })).filter((entry) => entry.value.length > 0) : options2.filter((option2) => option2.value !== answers[id]).map((option2) => ({ value: option2.value, label: option2.label }));
    const working = tries.filter((entry) => {
      const outcome = recommend({ ...answers, [id]: entry.value }, today);
      return outcome.ok && !(id === "dotnet" && (!outcome.recommendation.support.supported || cannotBuild(id, String(entry.value))));
    });
    if (working.length > 0) fixes.push({ id, topic: topics[id], values: working });
  }
  return fixes;
}
var topics, order2, later, valuesOf;
var init_option_states = __esm({
  "source/session/option-states.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_lifecycle();
    init_questions();
    init_recommend();
    init_answer_words();
    topics = {
      dotnet: ".NET version",
      app: "app kind",
      deploy: "publishing",
      startup: "start-up",
      shell: "shell",
      globalization: "globalization",
      os: "distribution",
      arch: "architectures"
    };
    order2 = questions.map((question) => question.id);
    later = (id) => order2.slice(order2.indexOf(id) + 1);
    valuesOf = (value) => Array.isArray(value) ? value : String(value).split(",");
  }
});

// source/session/target-framework.ts
function oldestTarget(detection) {
  const targets = (detection?.frameworks ?? []).flatMap((framework) => {
    const match = /^net(\d+)\.(\d+)$/.exec(framework);
    return match ? [{ framework, version: `${match[1]}.${match[2]}` }] : [];
  });
  return targets.sort((a, b) => Number.parseFloat(a.version) - Number.parseFloat(b.version))[0];
}
function olderThanTarget(detection, dotnet2) {
  const target = oldestTarget(detection);
  if (!target || Number.parseFloat(dotnet2) >= Number.parseFloat(target.version)) return void 0;
  return `The project targets ${target.framework}, newer than .NET ${dotnet2}: the .NET ${dotnet2} SDK cannot build it (NETSDK1045). Choose .NET ${target.version} or later.`;
}
function projectOptionTag(detection, id, value) {
  return id === "dotnet" && olderThanTarget(detection, value) ? "older than the project's target: the build would fail" : void 0;
}
var init_target_framework = __esm({
  "source/session/target-framework.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/session/ci-placement.ts
var ci_placement_exports = {};
__export(ci_placement_exports, {
  ciPlacement: () => ciPlacement
});
function ciPlacement(session, directory) {
  let root;
  for (let folder = session.contextDirectory; ; folder = node_path_default.dirname(folder)) {
    if ((0, import_node_fs14.existsSync)(node_path_default.join(folder, ".git"))) {
      root = folder;
      break;
    }
    if (node_path_default.dirname(folder) === folder) break;
  }
  const base = root ?? directory;
  return { root: base, context: posix(node_path_default.relative(base, session.contextDirectory)) || ".", dockerfile: posix(node_path_default.relative(base, node_path_default.join(directory, "Dockerfile"))) };
}
var import_node_fs14, posix;
var init_ci_placement = __esm({
  "source/session/ci-placement.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs14 = require("node:fs");
    init_node_path();
    posix = (file) => file.split(node_path_default.sep).join("/");
  }
});

// source/registry/media-types.ts
var mediaTypes, listTypes, manifestAccept;
var init_media_types = __esm({
  "source/registry/media-types.ts"() {
    "use strict";
    init_define_PACKAGE();
    mediaTypes = {
      ociIndex: "application/vnd.oci.image.index.v1+json",
      dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
      ociManifest: "application/vnd.oci.image.manifest.v1+json",
      dockerManifest: "application/vnd.docker.distribution.manifest.v2+json"
    };
    listTypes = [mediaTypes.ociIndex, mediaTypes.dockerList];
    manifestAccept = [mediaTypes.ociIndex, mediaTypes.dockerList, mediaTypes.ociManifest, mediaTypes.dockerManifest].join(", ");
  }
});

// source/registry/token-challenge.ts
function parseChallenge(header) {
  const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!match) return void 0;
  const params = {};
  const pairs = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy;
  const rest = match[2];
  let pair;
  while (pairs.lastIndex < rest.length && (pair = pairs.exec(rest))) {
    params[pair[1].toLowerCase()] = pair[2] === void 0 ? pair[3] : pair[2].replaceAll(/\\(.)/g, "$1");
  }
  return { scheme: match[1].toLowerCase(), params };
}
var init_token_challenge = __esm({
  "source/registry/token-challenge.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/registry/distribution.ts
var distribution_exports = {};
__export(distribution_exports, {
  Registry: () => Registry
});
function parseJson2(response, what) {
  try {
    const value = JSON.parse(Buffer.from(response.body).toString("utf8"));
    if (typeof value === "object" && value !== null) return value;
  } catch {
  }
  throw new NetworkError(`${what} is not valid JSON`);
}
function checkRepository(repository) {
  if (!repositoryPattern2.test(repository)) throw new NetworkError(`"${repository}" is not a repository name`);
}
var import_node_crypto, repositoryPattern2, tagPattern2, digestPattern2, platformName2, Registry;
var init_distribution = __esm({
  "source/registry/distribution.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_crypto = require("node:crypto");
    init_http();
    init_media_types();
    init_token_challenge();
    repositoryPattern2 = /^[a-z\d]+(?:(?:[._]|__|-+)[a-z\d]+)*(?:\/[a-z\d]+(?:(?:[._]|__|-+)[a-z\d]+)*)*$/;
    tagPattern2 = /^\w[\w.-]{0,127}$/;
    digestPattern2 = /^sha256:[a-f\d]{64}$/;
    platformName2 = (platform) => [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
    Registry = class {
      #base;
      #options;
      #tokens = /* @__PURE__ */ new Map();
      /** `base` is the registry's address, e.g. https://mcr.microsoft.com or http://127.0.0.1:5000. */
      constructor(base, options2 = {}) {
        this.#base = new URL(base.endsWith("/") ? base : `${base}/`);
        this.#options = options2;
      }
      get host() {
        return this.#base.host;
      }
      /** The manifest (list) a tag or digest names, or undefined when the registry has no such tag. */
      async manifest(repository, reference3) {
        checkRepository(repository);
        if (!tagPattern2.test(reference3) && !digestPattern2.test(reference3)) throw new NetworkError(`"${reference3}" is not a tag or a sha256 digest`);
        const response = await this.#get(repository, `v2/${repository}/manifests/${reference3}`, { accept: manifestAccept });
        if (response.status === 404) return void 0;
        const what = `${this.host}/${repository}:${reference3}`;
        if (response.status !== 200) throw new NetworkError(`${what}: the registry answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
        const digest2 = `sha256:${(0, import_node_crypto.createHash)("sha256").update(response.body).digest("hex")}`;
        const claimed = response.headers.get("docker-content-digest");
        if (claimed && claimed.startsWith("sha256:") && claimed !== digest2) throw new NetworkError(`${what}: the manifest's content does not match its digest ${claimed}`);
        const document = parseJson2(response, `the manifest of ${what}`);
        const mediaType = String(document["mediaType"] ?? response.headers.get("content-type")?.split(";")[0] ?? "");
        if (listTypes.includes(mediaType) || Array.isArray(document["manifests"])) {
          const entries = Array.isArray(document["manifests"]) ? document["manifests"] : [];
          const platforms2 = entries.filter((entry) => entry.platform && entry.platform.os !== "unknown" && typeof entry.digest === "string").map((entry) => ({ platform: platformName2(entry.platform), digest: entry.digest }));
          return { digest: digest2, mediaType, platforms: platforms2 };
        }
        const config = document["config"] ?? {};
        const platform = config.digest && digestPattern2.test(config.digest) ? await this.#configPlatform(repository, config.digest) : "";
        return { digest: digest2, mediaType, platforms: platform ? [{ platform, digest: digest2 }] : [] };
      }
      /** Every tag of a repository, following the registry's pages. */
      async tags(repository) {
        checkRepository(repository);
        const tags = [];
        let next = `v2/${repository}/tags/list?n=1000`;
        for (let page = 0; next && page < 100; page++) {
          const response = await this.#get(repository, next, { accept: "application/json" });
          if (response.status === 404) return tags;
          if (response.status !== 200) throw new NetworkError(`${this.host}/${repository}: listing tags answered ${response.status}`);
          const list = parseJson2(response, `the tag list of ${this.host}/${repository}`)["tags"];
          if (Array.isArray(list)) tags.push(...list.filter((tag2) => typeof tag2 === "string"));
          const link2 = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get("link") ?? "")?.[1];
          next = link2 ? new URL(link2, this.#base).href : void 0;
        }
        return tags;
      }
      async #configPlatform(repository, digest2) {
        const response = await this.#get(repository, `v2/${repository}/blobs/${digest2}`, { accept: "application/json" });
        if (response.status !== 200) return "";
        const config = parseJson2(response, `the image configuration ${digest2}`);
        return platformName2(config);
      }
      /** A GET that answers a bearer challenge once with an anonymous pull token for the repository. */
      async #get(repository, path, headers) {
        const url = new URL(path, this.#base).href;
        const token = this.#tokens.get(repository);
        const send = (bearer) => httpGet(url, { ...this.#options, headers: { accept: headers.accept, ...bearer ? { authorization: `Bearer ${bearer}` } : {} } });
        let response = await send(token);
        if (response.status !== 401) return response;
        const challenge = parseChallenge(response.headers.get("www-authenticate") ?? "");
        if (challenge?.scheme !== "bearer" || !challenge.params["realm"]) {
          throw new NetworkError(`${this.host} wants a login${challenge ? ` (${challenge.scheme})` : ""} to read ${repository}: anonymous pulls are refused`);
        }
        const fresh = await this.#token(repository, challenge.params);
        this.#tokens.set(repository, fresh);
        response = await send(fresh);
        if (response.status === 401) throw new NetworkError(`${this.host} refused its own anonymous token for ${repository}`);
        return response;
      }
      async #token(repository, params) {
        const realm = new URL(params["realm"], this.#base);
        if (realm.protocol !== "https:" && realm.protocol !== "http:") throw new NetworkError(`${this.host}'s token service ${realm.href} is not an http(s) address`);
        if (params["service"]) realm.searchParams.set("service", params["service"]);
        realm.searchParams.set("scope", params["scope"] ?? `repository:${repository}:pull`);
        const response = await httpGet(realm.href, { ...this.#options, headers: { accept: "application/json" } });
        if (response.status !== 200) throw new NetworkError(`${realm.host} gave no anonymous token for ${repository} (HTTP ${response.status})`);
        const answer = parseJson2(response, `the token from ${realm.host}`);
        const token = answer["token"] ?? answer["access_token"];
        if (typeof token !== "string" || token === "") throw new NetworkError(`${realm.host} answered without a token for ${repository}`);
        return token;
      }
    };
  }
});

// source/catalog/nearest-tag.ts
function distance(a, b, substitution = 1) {
  let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : substitution));
    previous = row;
  }
  return previous[b.length];
}
function nearestTag(wanted, tags) {
  const pool = tags.some(floating) && floating(wanted) ? tags.filter(floating) : tags;
  const score = (tag2) => [distance(words2(wanted), words2(tag2), 2), distance([...wanted], [...tag2]), tag2.length];
  const ranked = pool.map((tag2) => ({ tag: tag2, score: score(tag2) }));
  ranked.sort((a, b) => a.score[0] - b.score[0] || a.score[1] - b.score[1] || a.score[2] - b.score[2]);
  return ranked[0]?.tag;
}
var floating, words2;
var init_nearest_tag = __esm({
  "source/catalog/nearest-tag.ts"() {
    "use strict";
    init_define_PACKAGE();
    floating = (tag2) => /^\d+\.\d+(?:-|$)/.test(tag2);
    words2 = (tag2) => tag2.split("-");
  }
});

// source/catalog/verify.ts
var verify_exports = {};
__export(verify_exports, {
  verifyImages: () => verifyImages
});
function serves(served, wanted) {
  if (served === wanted) return true;
  const [os, architecture2, variant2] = served.split("/");
  return variant2 === "v8" && architecture2 === "arm64" && `${os}/${architecture2}` === wanted;
}
async function vanished(request, registry2) {
  const repository = `dotnet/${request.image.repo}`;
  const nearest = nearestTag(request.image.tag, await registry2.tags(repository));
  const instead = nearest ? `; the nearest tag that exists is ${nearest}` : `; ${registry2.host} has no tags for ${repository}`;
  return `${request.reference} is not in the registry (${registry2.host}) any more${instead}. Run \`dotnet-image-wizard --refresh\` for current tags.`;
}
function check(request, manifest) {
  const platforms2 = request.platforms.map((wanted) => ({ wanted, found: manifest.platforms.find((entry) => serves(entry.platform, wanted)) }));
  const missing = platforms2.filter((entry) => !entry.found).map((entry) => entry.wanted);
  const image2 = {
    role: request.role,
    reference: request.reference,
    digest: manifest.digest,
    mediaType: manifest.mediaType,
    platforms: platforms2.flatMap((entry) => entry.found ? [{ platform: entry.wanted, digest: entry.found.digest }] : []),
    others: manifest.platforms.map((entry) => entry.platform).filter((platform) => !request.platforms.some((wanted) => serves(platform, wanted)))
  };
  if (missing.length === 0) return { image: image2 };
  const has3 = manifest.platforms.map((entry) => entry.platform);
  return { image: image2, problem: `${request.reference} has no image for ${missing.join(", ")} (it serves ${has3.length > 0 ? has3.join(", ") : "no platform"}), which the ${request.role} stage needs.` };
}
async function verifyImages(requests, registry2, registryAddress) {
  const results = await Promise.all(requests.map(async (request) => {
    const manifest = await registry2.manifest(`dotnet/${request.image.repo}`, request.image.tag);
    return manifest ? check(request, manifest) : { problem: await vanished(request, registry2) };
  }));
  return {
    registry: registryAddress,
    images: results.flatMap((result) => "image" in result && result.image ? [result.image] : []),
    problems: results.flatMap((result) => result.problem ? [result.problem] : [])
  };
}
var init_verify = __esm({
  "source/catalog/verify.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_nearest_tag();
  }
});

// source/session/verify-recommendation.ts
var verify_recommendation_exports = {};
__export(verify_recommendation_exports, {
  verifyRecommendation: () => verifyRecommendation,
  verifyRecommendations: () => verifyRecommendations,
  verifyRequests: () => verifyRequests
});
function verifyRequests(recommendation2, machine2 = node_process_default.arch) {
  const targets = recommendation2.answers.arch.map((architecture2) => platforms[architecture2].platform);
  const own = machineArchitectures[machine2];
  const buildPlatforms = recommendation2.buildMode === "emulated" || !own ? targets : [platforms[own].platform];
  return [
    { role: "build", reference: recommendation2.build.reference, image: recommendation2.build.image, platforms: buildPlatforms },
    { role: "runtime", reference: recommendation2.runtime.reference, image: recommendation2.runtime.image, platforms: targets }
  ];
}
async function verifyRecommendation(recommendation2, registryAddress) {
  return (await verifyRecommendations([recommendation2], registryAddress)).each[0];
}
async function verifyRecommendations(recommendations, registryAddress, registry2) {
  const [distribution, { verifyImages: verifyImages2 }] = await Promise.all([registry2 ? void 0 : Promise.resolve().then(() => (init_distribution(), distribution_exports)), Promise.resolve().then(() => (init_verify(), verify_exports))]);
  const asked = registry2 ?? new distribution.Registry(registryAddress, { deadline: commandDeadline() });
  const requests = recommendations.map((recommendation2) => verifyRequests(recommendation2));
  const distinct = [...new Map(requests.flat().map((request) => [requestKey(request), request])).values()];
  let answers;
  try {
    answers = await Promise.all(distinct.map(async (request) => verifyImages2([request], asked, registryAddress)));
  } catch (error) {
    if (error instanceof NetworkError) throw new NetworkError(`cannot verify the tags at ${registryAddress}: ${error.message}`);
    throw error;
  }
  const byKey = new Map(distinct.map((request, index) => [requestKey(request), answers[index]]));
  const joined = (parts) => ({ registry: registryAddress, images: parts.flatMap((part) => part.images), problems: [...new Set(parts.flatMap((part) => part.problems))] });
  return { all: joined(answers), each: requests.map((list) => joined(list.map((request) => byKey.get(requestKey(request))))) };
}
var machineArchitectures, requestKey;
var init_verify_recommendation = __esm({
  "source/session/verify-recommendation.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    init_catalog();
    init_http();
    machineArchitectures = { x64: "amd64", arm64: "arm64", arm: "arm" };
    requestKey = (request) => `${request.role} ${request.reference} ${[...request.platforms].sort().join(",")}`;
  }
});

// source/session/pinning.ts
function withPinning(outputs) {
  return outputs.includes("pin") ? outputs : outputs.filter((output) => !botKinds.includes(output));
}
function offeredOutput(output, outputs, registry2) {
  if (output === "pin") return Boolean(registry2);
  return botKinds.includes(output) ? Boolean(registry2) && outputs.includes("pin") : true;
}
async function pinFromRegistry(recommendations, registry2) {
  const unpinned = (why) => ({ recommendations, note: `${shownText(why.replace(/\.$/, ""), { limit: 300 })}: the base images stay as tags, unpinned, and no update-bot file is written.` });
  try {
    const { all, each } = await verifyRecommendations(recommendations, registry2);
    if (all.problems.length > 0) return unpinned(all.problems[0]);
    return { recommendations: recommendations.map((recommendation2, index) => pinRecommendation(recommendation2, each[index])) };
  } catch (error) {
    const message = error.message.split("\n").find((line) => line.trim() !== "") ?? String(error);
    return unpinned(`the registry at ${registry2} could not be reached (${message.replace(`cannot verify the tags at ${registry2}: `, "")})`);
  }
}
var isPinned;
var init_pinning = __esm({
  "source/session/pinning.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_pin();
    init_shown_text();
    init_file_kinds();
    init_verify_recommendation();
    isPinned = (recommendation2) => [recommendation2.build, recommendation2.runtime].every((image2) => image2.reference.includes("@sha256:"));
  }
});

// source/session/file-places.ts
var file_places_exports = {};
__export(file_places_exports, {
  dockerfilePlacement: () => dockerfilePlacement,
  filePlaces: () => filePlaces,
  placeFiles: () => placeFiles,
  placeOfKind: () => placeOfKind,
  placesText: () => placesText
});
function filePlaces(session, writeDirectory) {
  if (writeDirectory) {
    const folder = node_path_default.resolve(session.cwd, writeDirectory);
    return { app: folder, context: folder };
  }
  const app = session.located.kind === "found" ? node_path_default.dirname(session.located.file) : session.contextDirectory;
  return { app, context: session.contextDirectory };
}
function dockerfilePlacement(dockerfile, contextDirectory) {
  const folder = node_path_default.dirname(dockerfile);
  if (folder === contextDirectory && node_path_default.basename(dockerfile) === fileNames.dockerfile) return void 0;
  const fromContext = posix2(node_path_default.relative(contextDirectory, dockerfile));
  if (fromContext.startsWith("..") || node_path_default.isAbsolute(fromContext)) {
    return { context: posix2(node_path_default.relative(folder, contextDirectory)) || ".", dockerfile: node_path_default.basename(dockerfile) };
  }
  return { context: ".", dockerfile: fromContext, ...folder === contextDirectory ? {} : { from: posix2(node_path_default.relative(folder, contextDirectory)) } };
}
function placeFiles(recommendation2, session, places, request, ciJobs) {
  const healthProbe = request.kinds.includes("compose") && recommendation2.answers.app === "web";
  const dockerfileAs = (name) => {
    const placement = dockerfilePlacement(node_path_default.join(places.app, name), session.contextDirectory);
    return renderDockerfile(recommendation2, session.project, session.imageName, { ...placement ? { placement } : {}, healthProbe });
  };
  const compose = { context: posix2(node_path_default.relative(places[placeOfKind.compose], session.contextDirectory)) || ".", dockerfile: posix2(node_path_default.relative(session.contextDirectory, node_path_default.join(places.app, fileNames.dockerfile))) };
  const projectFolder = session.project.projectFile ? node_path_default.dirname(node_path_default.resolve(session.contextDirectory, session.project.projectFile)) : session.contextDirectory;
  const csprojImport = posix2(node_path_default.relative(projectFolder, node_path_default.join(places.app, fileNames.csproj)));
  const ci = request.kinds.some(atRepositoryRoot) ? ciPlacement(session, places.app) : void 0;
  const { files, notes } = generateFiles(recommendation2, session.project, session.imageName, request, { csprojImport, compose, ...ci ? { ci: { context: ci.context, dockerfile: ci.dockerfile, ...ciJobs ? { jobs: ciJobs } : {} } } : {} });
  const placed = files.map((file) => ({
    ...file,
    directory: isCiKind(file.kind) ? ci.root : places[placeOfKind[file.kind]],
    ...file.kind === "dockerfile" ? { content: dockerfileAs(file.name), contentAs: dockerfileAs } : {},
    ...file.kind === "dockerignore" ? { merge: (current) => mergeDockerignore(current, file.content) } : {}
  }));
  return { files: placed, notes };
}
function placesText(places) {
  if (places.app === places.context) return `into ${places.app}`;
  return `the Dockerfile and container.props into ${places.app} (the app's folder), the .dockerignore (merged with one there), zerops.yml and compose.yaml into ${places.context} (the build context)`;
}
var placeOfKind, posix2;
var init_file_places = __esm({
  "source/session/file-places.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_dockerfile();
    init_dockerignore();
    init_files();
    init_file_kinds();
    init_ci_placement();
    placeOfKind = { dockerfile: "app", csproj: "app", dockerignore: "context", zerops: "context", compose: "context" };
    posix2 = (file) => file.split(node_path_default.sep).join("/");
  }
});

// source/session/shared-files.ts
function sharedFiles(apps, kinds, mirror, ciJobs) {
  const [first] = apps;
  if (!first) return [];
  const files = [];
  if (kinds.includes("compose")) {
    const folder = first.session.contextDirectory;
    const services = apps.map((app) => composeAppOf(mirror(app.recommendation), app.session.project, app.image, { context: posix3(folder, app.session.contextDirectory), dockerfile: posix3(app.session.contextDirectory, app.dockerfile) }));
    files.push({ kind: "compose", directory: folder, name: fileNames.compose, content: renderCompose(services), notes: [], app: first });
  }
  const ciKinds2 = kinds.filter(isCiKind);
  if (ciKinds2.length > 0) {
    const { root } = ciPlacement(first.session, node_path_default.dirname(first.dockerfile));
    const ciApps = apps.map((app) => ({ recommendation: mirror(app.recommendation), image: imageToBuild(app.image, "--image"), context: posix3(root, app.session.contextDirectory), dockerfile: posix3(root, app.dockerfile) }));
    for (const kind of ciKinds2) {
      const content = kind === "github-actions" ? renderGithubActions(ciApps, ciJobs) : renderGitlabCi(ciApps, ciJobs);
      files.push({ kind, directory: root, name: fileNames[kind], content, notes: [], app: first });
    }
  }
  return files;
}
var sharedKinds, describesEveryApp, posix3;
var init_shared_files = __esm({
  "source/session/shared-files.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_image_name();
    init_compose_app();
    init_compose();
    init_file_kinds();
    init_files();
    init_github_actions();
    init_gitlab_ci();
    init_ci_placement();
    sharedKinds = ["compose", "github-actions", "gitlab-ci"];
    describesEveryApp = (kind) => sharedKinds.includes(kind) || botKinds.includes(kind);
    posix3 = (from, to) => node_path_default.relative(from, to).split(node_path_default.sep).join("/") || ".";
  }
});

// source/session/apps.ts
async function wholeRepository(cwd) {
  const root = await repositoryRoot(cwd);
  let folder = cwd;
  for (; ; ) {
    const solutions = (await readdir(folder).catch(() => [])).filter((name) => isSolution(name) && !name.endsWith(".slnf")).sort();
    if (solutions.length > 0) return node_path_default.join(folder, solutions[0]);
    if (!root || folder === root) break;
    const parent = node_path_default.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return root;
}
function selected(list, selection, cwd) {
  if ("all" in selection) return list.apps;
  const nameOf = (file) => node_path_default.basename(file).replace(/\.[^.]+$/, "").toLowerCase();
  const unknown = selection.names.filter((name) => !list.apps.some((file) => nameOf(file) === name.toLowerCase() || node_path_default.relative(cwd, file) === name));
  if (unknown.length > 0) {
    throw new InputError(`--apps: ${unknown.map((name) => shownValue(name)).join(", ")} ${unknown.length === 1 ? "is" : "are"} not among the apps (${shownList(list.apps.map((file) => node_path_default.basename(file).replace(/\.[^.]+$/, "")), 12)}).`);
  }
  return list.apps.filter((file) => selection.names.some((name) => nameOf(file) === name.toLowerCase() || node_path_default.relative(cwd, file) === name));
}
async function openApps(session, selection, projectArgument) {
  const start2 = projectArgument ?? await wholeRepository(session.cwd);
  const list = await locateApps(session.cwd, start2 === void 0 ? void 0 : node_path_default.relative(session.cwd, start2) || ".", projectArgument === void 0 ? "the repository" : "--project");
  if (list.apps.length === 0) {
    const why = list.skipped.length > 0 ? `: ${shownList(list.skipped, 4)}` : "";
    throw new InputError(`no app to containerise in ${node_path_default.relative(session.cwd, start2 ?? session.cwd) || "this folder"}${why}.`);
  }
  const files = selected(list, selection, session.cwd);
  const apps = [];
  for (const file of files) apps.push(await withProject(session, file));
  return { apps, skipped: list.skipped, notes: list.notes };
}
function planApp(app, options2) {
  if (app.located.kind !== "found") throw new Error("an app session has its project");
  const shown3 = node_path_default.relative(app.cwd, app.located.file);
  const { answers, provenance, missing } = resolveAnswers(app.layers, app.today);
  if (!options2.yes && missing.length > 0) throw new InputError(`${shown3}: missing answers (${missing.join(", ")}): pass them, or --yes to take detected and default answers.`);
  const outcome = withProjectWarnings(recommend(answers, app.today), app.detection);
  if (!outcome.ok) throw new InputError(`${shown3}: ${refusalText(outcome.refusal)}`);
  return appPlanOf(app, outcome.recommendation, provenance);
}
function appPlanOf(app, recommendation2, provenance) {
  if (app.located.kind !== "found") throw new Error("an app session has its project");
  const port = exposedPort(app.project, recommendation2.answers.app);
  return {
    project: app.located.file,
    name: app.project.name,
    session: app,
    recommendation: recommendation2,
    provenance,
    dockerfile: node_path_default.join(filePlaces(app).app, fileNames.dockerfile),
    context: app.contextDirectory,
    image: app.imageName,
    ...port === void 0 ? {} : { port }
  };
}
function placeAppFiles(plans, request, mirror = (recommendation2) => recommendation2) {
  const several = plans.length > 1;
  if (several && request.explicit && request.kinds.includes("zerops")) throw new InputError(`--output zerops: a zerops.yml describes one app at its build context; with ${plans.length} apps, run once per app with --project.`);
  const kinds = several ? request.kinds.filter((kind) => kind !== "zerops") : request.kinds;
  const notes = several && kinds.length < request.kinds.length ? [`zerops.yml is left out: it describes one app at its build context, and this run has ${plans.length} (run once per app with --project for one)`] : [];
  const byPath = /* @__PURE__ */ new Map();
  for (const plan2 of plans) {
    const placed = placeFiles(mirror(plan2.recommendation), plan2.session, filePlaces(plan2.session), { kinds, explicit: request.explicit });
    notes.push(...placed.notes.map((note) => `${plan2.name}: ${note}`));
    for (const file of placed.files.filter((file2) => !several || !sharedKinds.includes(file2.kind))) {
      const target = node_path_default.join(file.directory, file.name);
      const there = byPath.get(target);
      if (there && file.kind === "dockerignore") continue;
      if (there) throw new InputError(`${node_path_default.relative(plan2.session.cwd, target)} would hold the ${file.name} of two apps (${node_path_default.basename(there.app.project)} and ${node_path_default.basename(plan2.project)}), which share a folder: run them one at a time with --project and --write DIR.`);
      byPath.set(target, { ...file, app: plan2 });
    }
  }
  if (several) {
    for (const file of sharedFiles(plans, kinds, mirror)) {
      const target = node_path_default.join(file.directory, file.name);
      if (byPath.has(target)) throw new InputError(`${node_path_default.relative(file.app.session.cwd, target)} would be written twice: run the apps one at a time with --project.`);
      byPath.set(target, file);
    }
  }
  const [first] = plans;
  if (first && request.bots && request.bots.length > 0) {
    const { root } = ciPlacement(first.session, node_path_default.dirname(first.dockerfile));
    const pinned = plans.every((plan2) => isPinned(plan2.recommendation));
    for (const bot of updateBotFiles(request.bots, { root, directories: plans.map((plan2) => node_path_default.dirname(plan2.dockerfile)), pinned })) {
      const target = node_path_default.join(root, botFileNames[bot.kind]);
      if (byPath.has(target)) throw new InputError(`${node_path_default.relative(first.session.cwd, target)} would be written twice: run the apps one at a time with --project.`);
      byPath.set(target, { kind: bot.kind, directory: root, name: botFileNames[bot.kind], content: bot.content, notes: [], app: first });
    }
  }
  return { files: [...byPath.values()], notes };
}
function chosenLayer(answers, provenance) {
  const text3 = (id) => {
    const value = answers[id];
    return Array.isArray(value) ? value.join(",") : String(value);
  };
  return { source: "flag", values: Object.fromEntries(answerIds.filter((id) => provenance[id]?.source === "flag").map((id) => [id, text3(id)])) };
}
function guidedAppPlans(first, others, answers, provenance) {
  const chosen = chosenLayer(answers, provenance);
  const named3 = others.length > 0 && first.session.imageSource !== "project";
  const own = (app) => named3 && app.located.kind === "found" ? { ...app, imageName: imageNameOf(app.project, node_path_default.relative(app.cwd, app.located.file)), imageSource: "project" } : app;
  const notes = named3 ? [`${first.session.imageSource === "flag" ? "--image" : 'the saved "image"'} names one image; with ${others.length + 1} apps each gets its own, from its project (ContainerRepository, else its name)`] : [];
  const refused = [];
  const plans = [];
  for (const [index, app] of [first.session, ...others].entries()) {
    try {
      plans.push(index === 0 ? appPlanOf(own(app), first.recommendation, provenance) : planApp(own({ ...app, layers: [chosen, ...app.layers] }), { yes: true }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      refused.push(`${error.message} It gets no files.`);
    }
  }
  return { plans, refused, notes };
}
function guidedAppFiles(plans, outputs) {
  const kinds = outputs.filter((output) => fileKinds.includes(output));
  const bots = plans.every((plan2) => isPinned(plan2.recommendation)) ? outputs.filter((output) => botKinds.includes(output)) : [];
  const { files, notes } = placeAppFiles(plans, { kinds, explicit: false, bots });
  if (plans.length > 1 && outputs.includes("config")) notes.push(`the saved answers are left out: they keep one app's answers, and this run has ${plans.length} (choose one app for them)`);
  return { files: files.map(({ kind, directory, name, content, contentAs, merge, app }) => ({ kind, directory, name, content, ...contentAs ? { contentAs } : {}, ...merge ? { merge } : {}, app })), notes };
}
function fileOwner(file, several) {
  if (file.kind === "dockerignore") return "the build context's";
  if (several && describesEveryApp(file.kind)) return "every app";
  return file.app.name;
}
var init_apps = __esm({
  "source/session/apps.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_answers();
    init_recommend();
    init_refusals();
    init_resolve();
    init_shown_text();
    init_build_context();
    init_shown_list();
    init_locate();
    init_project_files();
    init_project_warnings();
    init_project();
    init_files();
    init_file_kinds();
    init_update_bots();
    init_ci_placement();
    init_pinning();
    init_file_places();
    init_shared_files();
    init_session();
    init_promises();
  }
});

// source/config/render-config.ts
var render_config_exports = {};
__export(render_config_exports, {
  renderConfig: () => renderConfig
});
function renderConfig(answers, extra, file) {
  const config = {};
  for (const id of answerIds) config[id] = answers[id];
  if (answers.deploy === "aot") delete config.startup;
  if (extra.project) config.project = extra.project;
  if (extra.image) config.image = extra.image;
  if (extra.pin) config.pin = true;
  return file.endsWith(".json") ? `${JSON.stringify(config, null, "	")}
` : (0, import_yaml5.stringify)(config);
}
var import_yaml5;
var init_render_config = __esm({
  "source/config/render-config.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_yaml5 = require("./libraries/yaml.cjs");
    init_answers();
  }
});

// source/session/planned-files.ts
function plannedFiles(recommendation2, session, outputs, writeDirectory) {
  const kinds = outputs.filter(isFileKind);
  const places = filePlaces(session, writeDirectory);
  const { files } = placeFiles(recommendation2, session, places, { kinds, explicit: false });
  const planned = files.map(({ directory, name, content, contentAs, merge }) => ({ directory, name, content, ...contentAs ? { contentAs } : {}, ...merge ? { merge } : {} }));
  const bots = isPinned(recommendation2) ? outputs.filter(isBotKind) : [];
  if (bots.length > 0) {
    const { root } = ciPlacement(session, places.app);
    for (const bot of updateBotFiles(bots, { root, directories: [places.app], pinned: true })) planned.push({ directory: root, name: botFileNames[bot.kind], content: bot.content });
  }
  if (outputs.includes("config")) {
    const target = configTarget(session, places.app);
    const project = session.located.kind === "found" ? node_path_default.relative(node_path_default.dirname(target), session.located.file).split(node_path_default.sep).join("/") : void 0;
    planned.push({ directory: node_path_default.dirname(target), name: node_path_default.basename(target), content: renderConfig(recommendation2.answers, { ...project ? { project } : {}, ...outputs.includes("pin") ? { pin: true } : {} }, target) });
  }
  return planned;
}
async function outputsInUse(session, writeDirectory) {
  const places = filePlaces(session, writeDirectory);
  const exists = async (file) => stat(file).then(() => true, () => false);
  const outputs = ["dockerfile", "dockerignore"];
  if (await exists(node_path_default.join(places[placeOfKind.zerops], fileNames.zerops))) outputs.push("zerops");
  if (await exists(node_path_default.join(places[placeOfKind.csproj], fileNames.csproj))) outputs.push("csproj");
  const composeFiles = await Promise.all(composeFileNames.map(async (name) => exists(node_path_default.join(places[placeOfKind.compose], name))));
  if (composeFiles.some(Boolean)) outputs.push("compose");
  const { root } = ciPlacement(session, places.app);
  if (await exists(node_path_default.join(root, fileNames["github-actions"]))) outputs.push("github-actions");
  if (await exists(node_path_default.join(root, fileNames["gitlab-ci"]))) outputs.push("gitlab-ci");
  if (session.config) outputs.push("config");
  if (session.pin?.pinned) {
    outputs.push("pin");
    for (const bot of botKinds) if (await exists(node_path_default.join(root, botFileNames[bot]))) outputs.push(bot);
  }
  return outputs;
}
var isFileKind, isBotKind, outputDescriptions, outputLabels, composeFileNames;
var init_planned_files = __esm({
  "source/session/planned-files.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_promises();
    init_node_path();
    init_config();
    init_session();
    init_render_config();
    init_files();
    init_file_kinds();
    init_update_bots();
    init_ci_placement();
    init_file_places();
    init_pinning();
    isFileKind = (output) => fileKinds.includes(output);
    isBotKind = (output) => botKinds.includes(output);
    outputDescriptions = {
      dockerfile: `${fileNames.dockerfile}: builds the image in stages, for every architecture, without emulation`,
      dockerignore: `${fileNames.dockerignore}: keeps bin/, obj/ and secrets out of what the build sees`,
      zerops: `${fileNames.zerops}: builds and runs the app on Zerops`,
      csproj: `${fileNames.csproj}: MSBuild properties to import from the project, for dotnet publish /t:PublishContainer`,
      compose: `${fileNames.compose}: builds and starts the app with docker compose or podman compose, with a health check`,
      "github-actions": `${fileNames["github-actions"]}: GitHub Actions builds and pushes the image; a job per architecture on native runners where cross-compiling cannot (no emulation, faster), else one cheaper cross-compiling job`,
      "gitlab-ci": `${fileNames["gitlab-ci"]}: GitLab CI builds and pushes the image, the same way on tagged runners`,
      config: `${savedConfigName}: these answers, for the next run`,
      pin: "pin base images by digest: every FROM and ContainerBaseImage as tag@sha256:\u2026 from the registry, so each build pulls exactly the image checked",
      renovate: `${botFileNames.renovate}: Renovate keeps the pinned digests current (Dockerfile and container.props)`,
      dependabot: `${botFileNames.dependabot}: Dependabot keeps the Dockerfile's pinned digests current`
    };
    outputLabels = {
      dockerfile: fileNames.dockerfile,
      dockerignore: fileNames.dockerignore,
      zerops: fileNames.zerops,
      csproj: fileNames.csproj,
      "github-actions": "GitHub Actions",
      "gitlab-ci": "GitLab CI",
      compose: fileNames.compose,
      config: "saved answers",
      pin: "pin base images by digest",
      renovate: botFileNames.renovate,
      dependabot: botFileNames.dependabot
    };
    composeFileNames = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
  }
});

// source/session/no-project.ts
var noProjectNote;
var init_no_project = __esm({
  "source/session/no-project.ts"() {
    "use strict";
    init_define_PACKAGE();
    noProjectNote = "No .NET project in this folder or below it: the recommendation follows the answers alone, and the files need a project (run this in the app's folder).";
  }
});

// source/write/file-system.ts
var import_node_fs15, nodeFileSystem;
var init_file_system = __esm({
  "source/write/file-system.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs15 = require("node:fs");
    init_promises();
    nodeFileSystem = {
      lstat,
      stat,
      mkdir: async (folder) => mkdir(folder, { recursive: true }),
      async create(file, content, { mode, exact, owner }) {
        const handle = await open(file, import_node_fs15.constants.O_WRONLY | import_node_fs15.constants.O_CREAT | import_node_fs15.constants.O_EXCL | import_node_fs15.constants.O_NOFOLLOW, mode);
        try {
          await handle.writeFile(content);
          if (exact) await handle.chmod(mode);
          if (owner) await handle.chown(owner.uid, owner.gid).catch(() => void 0);
          await handle.sync();
        } finally {
          await handle.close();
        }
      },
      link,
      rename,
      unlink,
      async syncFolder(folder) {
        const handle = await open(folder, import_node_fs15.constants.O_RDONLY | import_node_fs15.constants.O_DIRECTORY).catch(() => void 0);
        if (!handle) return;
        await handle.sync().catch(() => void 0);
        await handle.close().catch(() => void 0);
      }
    };
  }
});

// source/write/write-error.ts
var WriteError;
var init_write_error = __esm({
  "source/write/write-error.ts"() {
    "use strict";
    init_define_PACKAGE();
    WriteError = class extends Error {
      name = "WriteError";
    };
  }
});

// source/write/transaction.ts
async function step(file, work, into = false) {
  try {
    return await work;
  } catch (error) {
    throw new StepFailure(file, into, error);
  }
}
function present(file) {
  try {
    (0, import_node_fs16.lstatSync)(file);
    return true;
  } catch {
    return false;
  }
}
function removeQuietly(file) {
  try {
    (0, import_node_fs16.unlinkSync)(file);
  } catch {
  }
}
function removed(file) {
  try {
    (0, import_node_fs16.unlinkSync)(file);
    return true;
  } catch (error) {
    return error.code === "ENOENT";
  }
}
function rollBack(entries, madeFolders, markers, shown3) {
  const lost = [];
  for (const entry of [...entries].reverse()) {
    const renamed = entry.stage === "renamed" || entry.stage === "renaming" && !present(entry.temporary);
    if (!renamed) removeQuietly(entry.temporary);
    if (entry.backup === void 0) {
      if (renamed) removeQuietly(entry.target);
    } else if (renamed || entry.backupMoved) {
      if (present(entry.backup)) {
        try {
          (0, import_node_fs16.renameSync)(entry.backup, entry.target);
        } catch {
          lost.push(`${shown3(entry.target)} could not be put back: its previous content is in ${shown3(entry.backup)}`);
        }
      }
    } else if (!removed(entry.backup)) {
      lost.push(`${shown3(entry.target)} is as it was, but a second name of it, ${shown3(entry.backup)}, could not be removed`);
    }
  }
  for (const marker of markers) removeQuietly(marker);
  for (const folder of madeFolders) {
    try {
      (0, import_node_fs16.rmdirSync)(folder);
    } catch {
    }
  }
  return lost;
}
async function missingFolders(folder, fs) {
  const missing = [];
  for (let current = folder; ; current = node_path_default.dirname(current)) {
    const exists = await fs.stat(current).then(() => true, () => false);
    if (exists || node_path_default.dirname(current) === current) return missing;
    missing.push(current);
  }
}
async function commitWrites(plans, fs, shown3) {
  const entries = [];
  const madeFolders = [];
  const id = transactionId();
  const folders = [...new Set(plans.map((plan2) => node_path_default.dirname(plan2.target)))];
  const markers = [];
  let done = false;
  const drop = onStop(() => {
    if (done) {
      for (const entry of entries) if (entry.backup) removeQuietly(entry.backup);
      for (const marker of markers) removeQuietly(marker);
      return;
    }
    const lost = rollBack(entries, madeFolders, markers, shown3);
    return lost.length > 0 ? lost.join("; ") : "nothing was written";
  });
  try {
    for (const folder of folders) {
      const missing = await step(folder, missingFolders(folder, fs), true);
      madeFolders.push(...missing);
      if (missing.length > 0) await step(folder, fs.mkdir(folder), true);
    }
    for (const plan2 of plans) {
      const entry = { ...plan2, temporary: transactionSibling(plan2.target, id, "tmp"), stage: "creating" };
      entries.push(entry);
      const mode = plan2.previous?.kind === "file" ? plan2.previous.mode : 420;
      const owner = plan2.previous?.kind === "file" ? { owner: plan2.previous.owner } : {};
      try {
        await fs.create(entry.temporary, plan2.content, { mode, exact: plan2.previous?.kind === "file", ...owner });
      } catch (error) {
        if (error.code === "EEXIST") entries.pop();
        throw new StepFailure(plan2.target, false, error);
      }
      entry.stage = "created";
    }
    for (const folder of folders) {
      const marker = renamingMarker(folder, id);
      markers.push(marker);
      await step(folder, fs.create(marker, "", { mode: 384, exact: false }), true);
    }
    for (const entry of entries) {
      if (entry.previous) {
        const backup = transactionSibling(entry.target, id, "old");
        entry.backup = backup;
        try {
          await fs.link(entry.target, backup);
        } catch (error) {
          const code = error.code ?? "";
          if (!noHardLinks.has(code)) {
            if (code === "EEXIST") delete entry.backup;
            throw new StepFailure(entry.target, false, error);
          }
          entry.backupMoved = true;
          await step(entry.target, fs.rename(entry.target, backup));
        }
      }
      entry.stage = "renaming";
      await step(entry.target, fs.rename(entry.temporary, entry.target));
      entry.stage = "renamed";
    }
    done = true;
  } catch (error) {
    const lost = rollBack(entries, madeFolders, markers, shown3);
    drop();
    if (!(error instanceof StepFailure)) throw error;
    const what = error.into ? `cannot write into ${shown3(error.file)}` : `cannot write ${shown3(error.file)}`;
    throw new WriteError(`${what}: ${error.message}. ${lost.length > 0 ? `Every other file is as it was, but ${lost.join("; ")}.` : "Nothing was written."}`, { cause: error.cause });
  }
  for (const entry of entries) if (entry.backup) await fs.unlink(entry.backup).catch(() => removeQuietly(entry.backup));
  for (const marker of markers) await fs.unlink(marker).catch(() => removeQuietly(marker));
  drop();
  await Promise.all([...new Set(entries.map((entry) => node_path_default.dirname(entry.target)))].map(async (folder) => fs.syncFolder(folder)));
}
var import_node_fs16, StepFailure, noHardLinks;
var init_transaction = __esm({
  "source/write/transaction.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_fs16 = require("node:fs");
    init_node_path();
    init_cancellation();
    init_failure_reasons();
    init_leftovers();
    init_write_error();
    StepFailure = class extends Error {
      constructor(file, into, cause) {
        super(failureReason2(cause));
        this.file = file;
        this.into = into;
        this.cause = cause;
      }
      file;
      into;
      cause;
    };
    noHardLinks = /* @__PURE__ */ new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "EMLINK", "ENOSYS"]);
  }
});

// source/write/write-files.ts
var write_files_exports = {};
__export(write_files_exports, {
  WriteError: () => WriteError,
  writeFileSet: () => writeFileSet,
  writeFiles: () => writeFiles
});
function shown(file) {
  const relative = node_path_default.relative(node_process_default.cwd(), file);
  return relative === "" || relative.startsWith(`..${node_path_default.sep}..${node_path_default.sep}`) || node_path_default.isAbsolute(relative) ? file : relative;
}
function specialKind(info) {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isBlockDevice() || info.isCharacterDevice()) return "a device";
  return "not a regular file";
}
async function previousAt(target, fs) {
  let info;
  try {
    info = await fs.lstat(target);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    throw new WriteError(`cannot write ${shown(target)}: ${failureReason2(error)}. Nothing was written.`, { cause: error });
  }
  if (info.isDirectory()) throw new WriteError(`${shown(target)} is a folder: nothing was written.`);
  if (info.isSymbolicLink()) {
    const pointed = await fs.stat(target).catch(() => void 0);
    if (pointed?.isDirectory()) throw new WriteError(`${shown(target)} is a link to a folder: nothing was written.`);
    return { kind: "link" };
  }
  if (!info.isFile()) throw new WriteError(`${shown(target)} is ${specialKind(info)}, not a file: nothing was written.`);
  return { kind: "file", mode: info.mode & 4095, owner: { uid: info.uid, gid: info.gid } };
}
async function checkReplaceable(target, previous, fs) {
  const me = node_process_default.geteuid?.();
  if (!previous || me === void 0 || me === 0) return;
  const [file, folder] = await Promise.all([fs.lstat(target), fs.stat(node_path_default.dirname(target))]).catch(() => []);
  if (!file || !folder || (folder.mode & 512) === 0 || file.uid === me || folder.uid === me) return;
  throw new WriteError(`cannot replace ${shown(target)}: it belongs to another user (uid ${file.uid}) and its folder is sticky (mode +t), where only a file's owner or the folder's may replace it. Nothing was written.`);
}
async function writeFileSet(files, options2) {
  const fs = options2.fileSystem ?? nodeFileSystem;
  for (const line of await recoverLeftovers([...new Set(files.map((file) => node_path_default.dirname(node_path_default.resolve(file.path))))], fs, shown)) options2.onNote?.(line);
  const seen = /* @__PURE__ */ new Set();
  const plans = [];
  const taken = [];
  for (const file of files) {
    const target = node_path_default.resolve(file.path);
    if (seen.has(target)) throw new WriteError(`${shown(target)} is named twice in one write: nothing was written.`);
    seen.add(target);
    const previous = await previousAt(target, fs);
    if (previous) taken.push(previous.kind === "link" ? `${shown(target)} (a symbolic link)` : shown(target));
    plans.push({ target, content: file.content, ...previous ? { previous } : {} });
  }
  if (taken.length > 0 && !options2.force) {
    throw new WriteError(`${taken.join(", ")} already exist${taken.length === 1 ? "s" : ""}: nothing was written. Pass --force to overwrite.`);
  }
  for (const plan2 of plans) await checkReplaceable(plan2.target, plan2.previous, fs);
  if (plans.length > 0) await commitWrites(plans, fs, shown);
  return files.map((file) => file.path);
}
async function writeFiles(directory, files, options2) {
  return writeFileSet(files.map((file) => ({ path: node_path_default.join(directory, file.name), content: file.content })), options2);
}
var init_write_files = __esm({
  "source/write/write-files.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_node_process();
    init_failure_reasons();
    init_file_system();
    init_leftovers();
    init_transaction();
    init_write_error();
    init_write_error();
  }
});

// source/ui/text-rows.ts
function textRows(content, width, marker = continuation) {
  const rows = [];
  const widest = Math.max(10, width);
  for (const line of content.trimEnd().split("\n")) {
    let rest = [...visible(line)];
    let continued = false;
    do {
      const room = continued ? widest - marker.length : widest;
      const cut = rest.length <= room ? rest.length : breakAt(rest, room, widest - marker.length);
      rows.push({ text: rest.slice(0, cut).join(""), continued });
      rest = rest.slice(cut);
      continued = true;
    } while (rest.length > 0);
  }
  return rows;
}
function breakAt(characters, room, nextRoom) {
  const space = characters.lastIndexOf(" ", room - 1);
  if (space >= room / 2) return space + 1;
  const next = characters.indexOf(" ", space + 1);
  const word = (next === -1 ? characters.length : next) - space - 1;
  return space > 0 && characters.slice(0, space).some((character) => character !== " ") && word <= nextRoom ? space + 1 : room;
}
function visible(line) {
  let shown3 = "";
  for (const character of line) {
    if (character === "	") shown3 += " ".repeat(tabStop - [...shown3].length % tabStop);
    else shown3 += shownText(character);
  }
  return shown3;
}
var continuation, tabStop;
var init_text_rows = __esm({
  "source/ui/text-rows.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_shown_text();
    continuation = "\u21B3 ";
    tabStop = 4;
  }
});

// source/ui/components/KeyHelp.tsx
function KeyHelp({ keys: keys2 }) {
  return /* @__PURE__ */ jsx(Text, { dimColor: true, children: keys2.join("  \xB7  ") });
}
var init_KeyHelp = __esm({
  "source/ui/components/KeyHelp.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_jsx_runtime();
  }
});

// ui-library:ink-select-input
var library5, ink_select_input_default, Indicator, Item;
var init_ink_select_input = __esm({
  "ui-library:ink-select-input"() {
    init_define_PACKAGE();
    library5 = globalThis[/* @__PURE__ */ Symbol.for("dotnet-image-wizard.ui-libraries")]["ink-select-input"];
    ink_select_input_default = library5.default;
    ({ Indicator, Item } = library5);
  }
});

// source/ui/components/OptionList.tsx
function Pointer({ isSelected = false }) {
  return /* @__PURE__ */ jsx(Box, { marginRight: 1, flexShrink: 0, children: /* @__PURE__ */ jsx(Text, { color: theme.accent, children: isSelected ? "\u276F" : " " }) });
}
function OptionLabel({ option: option2, isSelected }) {
  return /* @__PURE__ */ jsxs(Text, { color: isSelected && !option2.disabled ? theme.accent : void 0, bold: isSelected, dimColor: Boolean(option2.disabled), children: [
    shownText(option2.label),
    option2.marks && option2.marks.length > 0 ? /* @__PURE__ */ jsxs(Text, { color: theme.good, children: [
      " (",
      option2.marks.join(" \xB7 "),
      ")"
    ] }) : null,
    option2.tag ? /* @__PURE__ */ jsxs(Text, { color: theme.warn, children: [
      "  ",
      option2.tag
    ] }) : null,
    option2.disabled ? /* @__PURE__ */ jsx(Text, { children: "  unavailable" }) : null
  ] });
}
function OptionList({ options: options2, initial, onSelect, onHighlight, isFocused = true }) {
  const [refused, setRefused] = useState();
  const byLabel = new Map(options2.map((option2) => [option2.label, option2]));
  const initialIndex = Math.max(0, options2.findIndex((option2) => option2.value === initial));
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsx(
      ink_select_input_default,
      {
        isFocused,
        items: options2.map((option2) => ({ key: option2.value, label: option2.label, value: option2.value })),
        initialIndex,
        indicatorComponent: Pointer,
        onHighlight: (item) => {
          setRefused(void 0);
          onHighlight?.(item.value);
        },
        onSelect: (item) => {
          const option2 = byLabel.get(item.label);
          if (option2.disabled) setRefused(option2);
          else onSelect(item.value);
        },
        itemComponent: ({ isSelected, label: label2 }) => {
          const option2 = byLabel.get(label2);
          const line = option2.disabled ?? option2.description;
          return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
            /* @__PURE__ */ jsx(OptionLabel, { option: option2, isSelected: Boolean(isSelected) }),
            line ? /* @__PURE__ */ jsx(Text, { dimColor: true, wrap: "truncate", children: `  ${shownText(line, { limit: 500 })}` }) : null
          ] });
        }
      }
    ),
    refused ? /* @__PURE__ */ jsxs(Text, { color: theme.warn, wrap: "wrap", children: [
      shownText(refused.label),
      " cannot be chosen: ",
      shownText(refused.disabled ?? "", { limit: 500 })
    ] }) : null
  ] });
}
var init_OptionList = __esm({
  "source/ui/components/OptionList.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_ink_select_input();
    init_react();
    init_shown_text();
    init_theme();
    init_jsx_runtime();
  }
});

// source/session/platform-plan.ts
var platform_plan_exports = {};
__export(platform_plan_exports, {
  platformPlanFor: () => platformPlanFor,
  platformPlanJson: () => platformPlanJson,
  platformPlanLines: () => platformPlanLines,
  platformPlanTitle: () => platformPlanTitle
});
async function platformPlanFor(recommendation2, choice, environment2 = node_process_default.env) {
  if (choice.engine === "docker" && choice.builder) {
    const { inspectBuilder: inspectBuilder2 } = await Promise.resolve().then(() => (init_buildx(), buildx_exports));
    return planPlatforms(recommendation2, await inspectBuilder2(choice.builder, environment2), choice.engine);
  }
  return planPlatforms(recommendation2, thisMachine(), choice.engine);
}
function platformPlanLines(plan2) {
  const width = Math.max(...plan2.platforms.map((build) => build.platform.length));
  return plan2.platforms.map((build) => `${build.platform.padEnd(width)}  ${build.cost}`);
}
function platformPlanTitle(plan2) {
  const nodes = plan2.machine.nodes.length > 1 ? `, ${plan2.machine.nodes.length} nodes` : "";
  return `Build plan (${plan2.engine === "docker" ? "docker buildx" : plan2.engine} on ${machineTitle(plan2.machine)}${nodes}):`;
}
function platformPlanJson(plan2) {
  return {
    engine: plan2.engine,
    builder: { name: plan2.machine.name, driver: plan2.machine.driver, nodes: plan2.machine.nodes },
    platforms: plan2.platforms,
    ...plan2.refusal ? { refusal: plan2.refusal } : {}
  };
}
var init_platform_plan2 = __esm({
  "source/session/platform-plan.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    init_build_machine();
    init_platform_plan();
  }
});

// source/ui/components/PlatformPlanRows.tsx
function platformPlanTexts(plan2) {
  return plan2 ? [platformPlanTitle(plan2), ...platformPlanLines(plan2).map((line) => `  ${line}`)].map((text3) => shownText(text3, { limit: 1e3 })) : [];
}
function PlatformPlanRows({ plan: plan2 }) {
  if (!plan2) return null;
  const [title, ...lines2] = platformPlanTexts(plan2);
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsx(Text, { dimColor: true, wrap: "wrap", children: title }),
    lines2.map((line, index) => {
      const verdict = plan2.platforms[index]?.verdict;
      return /* @__PURE__ */ jsx(Text, { wrap: "wrap", dimColor: verdict === "cross", ...verdict === "emulated" ? { color: theme.warn } : {}, children: line }, line);
    })
  ] });
}
var platformPlanRowCount;
var init_PlatformPlanRows = __esm({
  "source/ui/components/PlatformPlanRows.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_shown_text();
    init_platform_plan2();
    init_text_rows();
    init_theme();
    init_jsx_runtime();
    platformPlanRowCount = (plan2, width) => platformPlanTexts(plan2).reduce((sum, text3) => sum + textRows(text3, width).length, 0);
  }
});

// source/ui/components/BuildScreen.tsx
function outcomeTitle(view) {
  const apps = view.apps ?? [];
  if (apps.length > 1) {
    const current = apps.findIndex((app) => app.status === "running");
    if (view.phase !== "finished") return current === -1 ? "Building" : `Building ${apps[current].name} (${current + 1} of ${apps.length})`;
    const stopper = apps.find((app) => app.status === "failed" || app.status === "cancelled");
    if (!stopper) return `Built ${apps.length} apps`;
    return `${stopper.error ? "Not built: the build could not start" : outcomes[stopper.status]}: ${stopper.name}`;
  }
  if (view.phase !== "finished") return "Building";
  if (view.error) return "Not built: the build could not start";
  return outcomes[view.result?.status ?? "failed"];
}
function BuildScreen({ view: given, rows, width, laterCommand, laterEngine = "docker buildx", onAction }) {
  const shown3 = (text3) => shownText(text3, { limit: 1e3 });
  const view = { ...given, command: shownText(given.command, { limit: Number.POSITIVE_INFINITY }), notes: given.notes.map(shown3), lines: given.lines.map(shown3), summary: given.summary.map(shown3), written: given.written.map(shown3), ...given.error === void 0 ? {} : { error: shown3(given.error) }, ...given.log === void 0 ? {} : { log: shown3(given.log) } };
  const finished = view.phase === "finished";
  const failed = view.error !== void 0 || view.result?.status === "failed";
  const wrapped = (texts, indent = 0) => texts.reduce((sum, text3) => sum + textRows(text3, width - indent).length, 0);
  const command = commandRows(view.command, width, { margin: "  " });
  const tailLines = [...view.log ? [`full log: ${view.log}`] : [], ...view.written.length > 0 ? [`written and kept: ${view.written.join(", ")}`] : []];
  let endLines = [...view.error ? [view.error] : [], ...view.summary, ...tailLines];
  const later2 = finished && view.error && laterCommand ? [`The files are ready. Where ${laterEngine} runs, build them with:`, ...commandRows(laterCommand, width, { margin: "  " })] : [];
  const progress2 = (view.apps?.length ?? 0) > 1 ? view.apps : [];
  const around = 2 + 1 + progress2.length + command.length + wrapped(view.notes.map((note) => `note: ${note}`)) + platformPlanRowCount(view.platformPlan, width) + (finished ? 1 + later2.length + (later2.length > 0 ? 1 : 0) + 1 + 3 : 1) + 1 + 2 + 1;
  const errors = endLines.filter((line) => line.startsWith("  "));
  for (let kept = errors.length; finished && kept > 1 && around + wrapped(endLines) > rows; kept--) {
    const dropped = errors.length - kept + 1;
    endLines = endLines.filter((line) => !line.startsWith("  ") || errors.indexOf(line) < kept - 1);
    endLines.splice(endLines.findIndex((line) => line.startsWith("  ")) + kept - 1, 0, `  (+${dropped} more in the full log)`);
    endLines = endLines.filter((line, index) => !line.startsWith("  (+") || index === endLines.findIndex((other) => other.startsWith("  (+")));
  }
  const fixed2 = around + (finished ? wrapped(endLines) : 0);
  const tail = rows > fixed2 ? view.lines.slice(fixed2 - rows) : [];
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsx(Text, { color: !finished ? theme.accent : failed ? theme.bad : view.result?.status === "cancelled" ? theme.warn : theme.good, bold: true, children: outcomeTitle(view) }),
    progress2.map((app) => /* @__PURE__ */ jsxs(Text, { wrap: "truncate-end", children: [
      "  ",
      /* @__PURE__ */ jsx(Text, { color: appColours[app.status], children: appMarks[app.status] }),
      " ",
      shownText(app.name),
      /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
        "  ",
        appWords[app.status]
      ] })
    ] }, app.name)),
    command.map((row) => /* @__PURE__ */ jsx(Text, { dimColor: true, children: row }, row)),
    view.notes.map((note) => /* @__PURE__ */ jsxs(Text, { dimColor: true, wrap: "wrap", children: [
      "note: ",
      note
    ] }, note)),
    /* @__PURE__ */ jsx(PlatformPlanRows, { plan: view.platformPlan }),
    finished ? null : /* @__PURE__ */ jsxs(Text, { children: [
      /* @__PURE__ */ jsx(Text, { color: theme.accent, children: /* @__PURE__ */ jsx(ink_spinner_default, { type: "dots" }) }),
      " ",
      view.phase === "preflight" ? "checking the build engine\u2026" : view.step ?? "starting\u2026",
      " ",
      /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
        (view.elapsedMs / 1e3).toFixed(0),
        "s"
      ] })
    ] }),
    /* @__PURE__ */ jsx(Box, { flexDirection: "column", marginTop: 1, children: tail.map((line, index) => /* @__PURE__ */ jsx(Text, { dimColor: true, wrap: "truncate-end", children: line }, `${index}-${line}`)) }),
    finished ? /* @__PURE__ */ jsxs(Box, { flexDirection: "column", marginTop: tail.length > 0 ? 1 : 0, children: [
      endLines.map((line) => /* @__PURE__ */ jsx(Text, { color: line.startsWith("full log") || line.startsWith("written and kept") ? void 0 : failed ? theme.bad : view.result?.status === "cancelled" ? theme.warn : theme.good, wrap: "wrap", children: line }, line)),
      later2.length > 0 ? /* @__PURE__ */ jsx(Box, { marginTop: 1, flexDirection: "column", children: later2.map((row) => /* @__PURE__ */ jsx(Text, { children: row }, row)) }) : null,
      /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(
        OptionList,
        {
          options: [
            ...view.result?.status === "succeeded" ? [] : [{ value: "retry", label: "Try again" }],
            { value: "back", label: "Back to the written files" },
            { value: "exit", label: "Exit" }
          ],
          initial: view.result?.status === "succeeded" ? "exit" : "retry",
          onSelect: (value) => onAction(value)
        }
      ) })
    ] }) : null,
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(KeyHelp, { keys: finished ? ["enter choose", "q quit"] : ["esc cancel the build", "ctrl-c cancel and quit"] }) })
  ] });
}
var outcomes, appMarks, appWords, appColours;
var init_BuildScreen = __esm({
  "source/ui/components/BuildScreen.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_ink_spinner();
    init_shown_text();
    init_command_rows();
    init_text_rows();
    init_theme();
    init_KeyHelp();
    init_OptionList();
    init_PlatformPlanRows();
    init_jsx_runtime();
    outcomes = { succeeded: "Built", failed: "Build failed", cancelled: "Build cancelled" };
    appMarks = { waiting: "\xB7", running: "\u203A", succeeded: "\u2714", failed: "\u2717", cancelled: "\u2717", "not-started": "\xB7" };
    appWords = { waiting: "waiting", running: "building", succeeded: "built", failed: "failed", cancelled: "cancelled", "not-started": "not built" };
    appColours = { waiting: void 0, running: theme.accent, succeeded: theme.good, failed: theme.bad, cancelled: theme.warn, "not-started": void 0 };
  }
});

// source/ui/diff-colors.ts
function diffLineColor(line) {
  if (line.startsWith("+") && !line.startsWith("+++")) return theme.good;
  if (line.startsWith("-") && !line.startsWith("---")) return theme.bad;
  return void 0;
}
var init_diff_colors = __esm({
  "source/ui/diff-colors.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_theme();
  }
});

// source/ui/components/ScrolledText.tsx
function ScrolledText({ content, width, height, colorOf }) {
  const [offset, setOffset] = useState(0);
  let color;
  const rows = textRows(content, width - 4).map((row) => {
    if (!row.continued) color = colorOf?.(row.text);
    return { ...row, color };
  });
  const last = Math.max(0, rows.length - height);
  useInput((_input, key) => {
    const step2 = key.pageDown || key.pageUp ? height : 1;
    if (key.downArrow || key.pageDown) setOffset((current) => Math.min(current + step2, last));
    if (key.upArrow || key.pageUp) setOffset((current) => Math.max(0, current - step2));
  });
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", borderStyle: "single", borderColor: theme.muted, paddingX: 1, width, children: [
    rows.slice(offset, offset + height).map((row, number) => /* @__PURE__ */ jsxs(Text, { wrap: "truncate-end", children: [
      row.continued ? /* @__PURE__ */ jsx(Text, { color: theme.muted, children: continuation }) : null,
      /* @__PURE__ */ jsx(Text, { color: row.color, children: row.text || " " })
    ] }, `${offset + number}`)),
    rows.length > offset + height ? /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
      "\u2026 ",
      rows.length - offset - height,
      " more rows (\u2193)"
    ] }) : null
  ] });
}
var init_ScrolledText = __esm({
  "source/ui/components/ScrolledText.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_react();
    init_text_rows();
    init_theme();
    init_jsx_runtime();
  }
});

// source/ui/components/ConfirmScreen.tsx
function ConfirmScreen({ changes: changes2, folder, error, width, rows, viewing, onView, onWrite, onBack }) {
  if (!changes2) return /* @__PURE__ */ jsx(Text, { dimColor: true, children: "Checking which files exist\u2026" });
  const changed = changes2.filter((change) => change.status === "changed");
  const fresh = changes2.filter((change) => change.status === "new");
  if (viewing) {
    return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      /* @__PURE__ */ jsx(Text, { color: theme.accent, bold: true, children: "What would change" }),
      /* @__PURE__ */ jsx(ScrolledText, { content: changed.map((change) => `${change.file.shown ?? change.file.name}  +${change.added} \u2212${change.removed}
${change.diff}`).join("\n\n"), width, height: Math.max(5, rows - 8), colorOf: diffLineColor }),
      /* @__PURE__ */ jsx(KeyHelp, { keys: ["\u2191\u2193 scroll", "enter/esc back"] })
    ] });
  }
  const toWrite = changed.length + fresh.length;
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsx(Text, { color: theme.accent, bold: true, children: "Write these files?" }),
    /* @__PURE__ */ jsxs(Text, { dimColor: true, wrap: "wrap", children: [
      "into ",
      shownText(folder, { limit: 500 })
    ] }),
    /* @__PURE__ */ jsx(Box, { marginTop: 1, flexDirection: "column", children: changes2.map((change) => /* @__PURE__ */ jsxs(Text, { wrap: "truncate-end", children: [
      "  ",
      shownText(change.file.shown ?? change.file.name),
      change.status === "new" ? /* @__PURE__ */ jsx(Text, { dimColor: true, children: "  new" }) : change.status === "unchanged" ? /* @__PURE__ */ jsx(Text, { dimColor: true, children: "  exists, unchanged" }) : /* @__PURE__ */ jsxs(Text, { color: theme.warn, children: [
        "  exists, changed (+",
        change.added,
        " \u2212",
        change.removed,
        ")"
      ] })
    ] }, change.target)) }),
    error ? /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(Text, { color: theme.bad, wrap: "wrap", children: shownText(error, { limit: 1e3 }) }) }) : null,
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(
      OptionList,
      {
        options: [
          { value: "replace", label: toWrite === 0 ? "Go on: every file is unchanged" : changed.length > 0 ? `Write, replacing ${plural(changed.length, "changed file")}` : `Write ${plural(toWrite, "file")}` },
          ...changed.length > 0 ? [
            { value: "beside", label: `Keep ${changed.length === 1 ? "it" : "them"}: write ${changed.map((change) => change.file.merge ? `${change.file.name} (merged)` : `${change.file.name}${besideSuffix}`).join(", ")} beside` },
            { value: "diff", label: "Show the changes" }
          ] : [],
          { value: "back", label: "Go back" }
        ],
        initial: changed.length > 0 ? "back" : "replace",
        onSelect: (value) => value === "diff" ? onView(true) : value === "back" ? onBack() : onWrite(value)
      },
      changed.length
    ) }),
    /* @__PURE__ */ jsx(KeyHelp, { keys: ["enter choose", "esc back", "q quit without writing"] })
  ] });
}
var plural;
var init_ConfirmScreen = __esm({
  "source/ui/components/ConfirmScreen.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_shown_text();
    init_file_changes();
    init_diff_colors();
    init_theme();
    init_KeyHelp();
    init_OptionList();
    init_ScrolledText();
    init_jsx_runtime();
    plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  }
});

// source/ui/components/DoneScreen.tsx
function DoneScreen({ written, engines: engines2, builds = [], chosen, width, actions, onAction }) {
  const ready = engines2?.some((engine) => engine.ready) ?? false;
  const label2 = engines2?.find((engine) => engine.builder === chosen)?.label ?? "docker buildx";
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsx(Text, { color: theme.good, bold: true, children: "Done" }),
    written.map((file) => /* @__PURE__ */ jsxs(Text, { wrap: "wrap", children: [
      "  wrote ",
      shownText(file, { limit: 500 })
    ] }, file)),
    /* @__PURE__ */ jsxs(Box, { marginTop: 1, flexDirection: "column", children: [
      /* @__PURE__ */ jsx(Text, { bold: true, children: "Build engines on this machine" }),
      engines2 === void 0 ? /* @__PURE__ */ jsx(Text, { dimColor: true, children: "  checking\u2026" }) : engines2.map((engine) => /* @__PURE__ */ jsxs(Text, { wrap: "wrap", children: [
        "  ",
        engine.ready ? /* @__PURE__ */ jsx(Text, { color: theme.good, children: "\u2714" }) : /* @__PURE__ */ jsx(Text, { color: theme.warn, children: "\u2717" }),
        " ",
        engine.label,
        engine.ready ? engine.builder === chosen ? /* @__PURE__ */ jsx(Text, { dimColor: true, children: "  ready, used below" }) : /* @__PURE__ */ jsx(Text, { dimColor: true, children: "  ready" }) : /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
          "  ",
          shownText(engine.missing ?? "", { limit: 500 })
        ] })
      ] }, engine.builder))
    ] }),
    builds.length > 0 ? /* @__PURE__ */ jsxs(Box, { marginTop: 1, flexDirection: "column", children: [
      /* @__PURE__ */ jsx(Text, { bold: true, children: ready ? `Build ${builds.length > 1 ? "them" : "it"} with ${label2}` : `The files are ready. Where ${label2} runs, build them with` }),
      builds.map((build) => /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
        build.name ? /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
          "  # ",
          shownText(build.name)
        ] }) : null,
        commandRows(build.command, width, { margin: "  " }).map((row) => /* @__PURE__ */ jsx(Text, { children: row }, row))
      ] }, build.command))
    ] }) : null,
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(OptionList, { options: actions, onSelect: onAction }, actions.length) }),
    /* @__PURE__ */ jsx(KeyHelp, { keys: ["enter choose", "? help", "q quit"] })
  ] });
}
var init_DoneScreen = __esm({
  "source/ui/components/DoneScreen.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_shown_text();
    init_command_rows();
    init_theme();
    init_KeyHelp();
    init_OptionList();
    init_jsx_runtime();
  }
});

// source/ui/components/HelpPanel.tsx
function HelpPanel() {
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", borderStyle: "round", borderColor: theme.muted, paddingX: 1, width: 60, children: [
    /* @__PURE__ */ jsx(Text, { bold: true, children: "Keys" }),
    keys.map(([key, what]) => /* @__PURE__ */ jsxs(Text, { children: [
      /* @__PURE__ */ jsx(Text, { bold: true, children: key.padEnd(8) }),
      what
    ] }, key)),
    /* @__PURE__ */ jsx(Text, { dimColor: true, children: "? or esc closes this help" })
  ] });
}
var keys;
var init_HelpPanel = __esm({
  "source/ui/components/HelpPanel.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_theme();
    init_jsx_runtime();
    keys = [
      ["\u2191 \u2193", "move between options"],
      ["enter", "choose, or go on"],
      ["space", "tick or untick (architectures, files)"],
      ["esc \u2190", "back one screen; later answers are kept"],
      ["1-8", "on the summary: change that answer"],
      ["d", "on the summary: the recommendation in full"],
      ["tab", "in the preview: the next file"],
      ["?", "show or hide this help"],
      ["q", "quit (nothing is written before you confirm)"],
      ["ctrl-c", "quit at once; a running build is stopped"]
    ];
  }
});

// source/ui/components/PreviewScreen.tsx
function PreviewScreen({ files, rows, width, onContinue }) {
  const [index, setIndex] = useState(0);
  const file = files[index];
  useInput((input, key) => {
    if (key.tab || input === "n") setIndex((current) => (current + 1) % files.length);
    if (key.return) onContinue();
  });
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsx(Text, { children: files.map((candidate, position) => /* @__PURE__ */ jsx(Text, { bold: position === index, color: position === index ? theme.accent : theme.muted, children: ` ${candidate.name} ` }, candidate.name)) }),
    /* @__PURE__ */ jsx(ScrolledText, { content: file.content, width, height: Math.max(5, rows - 9) }, file.name),
    /* @__PURE__ */ jsx(KeyHelp, { keys: ["tab next file", "\u2191\u2193 scroll", "enter continue", "esc back"] })
  ] });
}
var init_PreviewScreen = __esm({
  "source/ui/components/PreviewScreen.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_react();
    init_theme();
    init_KeyHelp();
    init_ScrolledText();
    init_jsx_runtime();
  }
});

// source/ui/components/ProjectScreen.tsx
function ProjectScreen({ reason, candidates, skipped, onChoose }) {
  const [cursor, setCursor] = useState(0);
  const [ticked, setTicked] = useState([]);
  useInput((input, key) => {
    if (candidates.length === 0) return;
    if (key.upArrow || input === "k") setCursor((position) => (position + candidates.length - 1) % candidates.length);
    if (key.downArrow || input === "j") setCursor((position) => (position + 1) % candidates.length);
    if (input === " ") {
      const file = candidates[cursor].file;
      setTicked((files) => files.includes(file) ? files.filter((item) => item !== file) : candidates.map((candidate) => candidate.file).filter((item) => item === file || files.includes(item)));
    }
    if (input === "a") setTicked((files) => files.length === candidates.length ? [] : candidates.map((candidate) => candidate.file));
    if (key.return) onChoose(ticked.length > 0 ? ticked : [candidates[cursor].file]);
  });
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsx(Text, { color: theme.accent, bold: true, children: "Which project goes into the container?" }),
    /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
      shownText(reason, { limit: 500 }),
      "."
    ] }),
    /* @__PURE__ */ jsx(Box, { marginTop: 1, flexDirection: "column", children: candidates.map((candidate, index) => /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      /* @__PURE__ */ jsxs(Box, { children: [
        /* @__PURE__ */ jsx(Pointer, { isSelected: index === cursor }),
        /* @__PURE__ */ jsx(Text, { children: ticked.includes(candidate.file) ? "[x] " : "[ ] " }),
        /* @__PURE__ */ jsx(OptionLabel, { option: { value: candidate.file, label: candidate.shown }, isSelected: index === cursor })
      ] }),
      /* @__PURE__ */ jsx(Text, { dimColor: true, wrap: "truncate", children: `      ${shownText(candidate.problem ?? ([candidate.kind, candidate.dotnet].filter(Boolean).join(", ") || "reading\u2026"))}` })
    ] }, candidate.file)) }),
    ticked.length > 1 ? /* @__PURE__ */ jsx(Text, { color: theme.accent, children: `${ticked.length} apps: the questions are asked once, and each app gets its own Dockerfile in its folder.` }) : null,
    skipped.length > 0 ? /* @__PURE__ */ jsxs(Box, { marginTop: 1, flexDirection: "column", children: [
      /* @__PURE__ */ jsx(Text, { dimColor: true, children: "Left out, as they do not run in a container:" }),
      skipped.map((line) => /* @__PURE__ */ jsxs(Text, { dimColor: true, wrap: "wrap", children: [
        "  ",
        shownText(line, { limit: 500 })
      ] }, line))
    ] }) : null,
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(KeyHelp, { keys: ["\u2191\u2193 move", "space tick several", "a all", "enter choose", "? help", "q quit"] }) })
  ] });
}
var init_ProjectScreen = __esm({
  "source/ui/components/ProjectScreen.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_react();
    init_shown_text();
    init_theme();
    init_KeyHelp();
    init_OptionList();
    init_jsx_runtime();
  }
});

// source/ui/terminal-size.ts
function useTerminalSize() {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const resized = () => setSize(read());
    stdout.on("resize", resized);
    return () => {
      stdout.off("resize", resized);
    };
  }, [stdout]);
  return size;
}
function useRedraw(above) {
  const { stdout, write } = useStdout();
  const latest = useRef(above);
  latest.current = above;
  const redraw = useRef((previousRows) => {
    if (!stdout.isTTY) return;
    const text3 = latest.current();
    write(`${previousRows === void 0 ? clearScreen : eraseUp(previousRows)}${text3 ? `${text3}
` : ""}`);
  });
  useEffect(() => {
    let timer;
    const resized = () => {
      clearTimeout(timer);
      timer = setTimeout(() => redraw.current(), settleMs);
    };
    stdout.on("resize", resized);
    return () => {
      clearTimeout(timer);
      stdout.off("resize", resized);
    };
  }, [stdout]);
  return redraw.current;
}
var clearScreen, settleMs, eraseUp;
var init_terminal_size = __esm({
  "source/ui/terminal-size.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_react();
    clearScreen = "\x1B[2J\x1B[H";
    settleMs = 120;
    eraseUp = (rows) => rows > 0 ? `\x1B[${rows}A${"\x1B[2K\x1B[1B".repeat(rows)}\x1B[${rows}A\r` : "";
  }
});

// source/ui/components/ToggleList.tsx
function ToggleList({ options: options2, selected: selected2, onChange, onConfirm, nothingChosen, rows }) {
  const compact = rows !== void 0 && options2.length * 2 > rows;
  const [cursor, setCursor] = useState(0);
  const [nudge, setNudge] = useState();
  useInput((input, key) => {
    if (key.upArrow || input === "k") setCursor((position) => (position + options2.length - 1) % options2.length);
    if (key.downArrow || input === "j") setCursor((position) => (position + 1) % options2.length);
    if (key.upArrow || key.downArrow || input === "k" || input === "j") setNudge(void 0);
    if (input === " ") {
      const option2 = options2[cursor];
      if (option2.disabled && !selected2.includes(option2.value)) {
        setNudge(`${option2.label} cannot be chosen: ${option2.disabled}`);
        return;
      }
      setNudge(void 0);
      onChange(selected2.includes(option2.value) ? selected2.filter((item) => item !== option2.value) : options2.map((candidate) => candidate.value).filter((item) => item === option2.value || selected2.includes(item)));
    }
    if (key.return) {
      if (selected2.length === 0) setNudge(nothingChosen);
      else onConfirm();
    }
  });
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    options2.map((option2, index) => /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      /* @__PURE__ */ jsxs(Box, { children: [
        /* @__PURE__ */ jsx(Pointer, { isSelected: index === cursor }),
        /* @__PURE__ */ jsx(Text, { children: selected2.includes(option2.value) ? "[x] " : "[ ] " }),
        /* @__PURE__ */ jsx(OptionLabel, { option: option2, isSelected: index === cursor })
      ] }),
      (option2.disabled ?? option2.description) && (!compact || index === cursor) ? /* @__PURE__ */ jsx(Text, { dimColor: true, wrap: "truncate", children: `      ${option2.disabled ?? option2.description}` }) : null
    ] }, option2.value)),
    nudge ? /* @__PURE__ */ jsx(Text, { color: theme.warn, wrap: "wrap", children: nudge }) : null
  ] });
}
var init_ToggleList = __esm({
  "source/ui/components/ToggleList.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_react();
    init_theme();
    init_OptionList();
    init_jsx_runtime();
  }
});

// source/ui/components/QuestionScreen.tsx
function startAt(options2, current) {
  const usable = options2.filter((option2) => !option2.disabled);
  return (usable.find((option2) => option2.value === current) ?? usable.find((option2) => option2.marks?.some((mark) => mark.startsWith("recommended"))) ?? usable[0])?.value;
}
function QuestionScreen({ id, answers, origin, today, progress: progress2, wide, onAnswer, projectTag }) {
  const question = questionFor(id);
  const current = answers[id];
  const states = useMemo(() => optionStates(id, answers, today, origin), [id, answers, today, origin]);
  const options2 = states.map((state) => {
    const marks = optionMarks(id, state, origin);
    const tag2 = projectTag?.(id, state.value) ?? state.tag;
    return { value: state.value, label: state.label, description: state.description, marks, ...tag2 ? { tag: tag2 } : {}, ...state.disabled ? { disabled: state.disabled } : {} };
  });
  const [selected2, setSelected] = useState(Array.isArray(current) ? current : []);
  const initial = startAt(options2, String(current));
  const [highlighted, setHighlighted] = useState(initial);
  const { columns, rows } = useTerminalSize();
  const optionColumns = Math.min(columns - 1, 120) - (wide ? 46 : 0);
  const chosen = options2.find((option2) => option2.value === highlighted);
  const explanation = chosen ? chosen.disabled ?? chosen.description : void 0;
  const whole = explanation && explanation.length + 2 > optionColumns ? `${chosen.label}: ${shownText(explanation, { limit: 500 })}` : void 0;
  const panelRows = wide ? 0 : 3 + textRows(question.why, Math.min(columns - 1, 120) - 4).length + (whole ? 1 + textRows(whole, Math.min(columns - 1, 120) - 4).length : 0);
  const optionRows = options2.reduce((sum, option2) => sum + 1 + (option2.disabled ?? option2.description ? 1 : 0), 0) + (question.multiple ? 1 : 0);
  const fits = 2 + 2 + 1 + optionRows + panelRows + 3 <= rows;
  const help = !fits ? null : /* @__PURE__ */ jsxs(Box, { borderStyle: "round", borderColor: theme.muted, paddingX: 1, flexDirection: "column", width: wide ? 44 : void 0, flexShrink: 0, marginLeft: wide ? 2 : 0, marginTop: wide ? 0 : 1, children: [
    /* @__PURE__ */ jsx(Text, { bold: true, children: "Why it matters" }),
    /* @__PURE__ */ jsx(Text, { wrap: "wrap", children: question.why }),
    whole ? /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(Text, { wrap: "wrap", dimColor: true, children: whole }) }) : null
  ] });
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsxs(Text, { children: [
      /* @__PURE__ */ jsx(Text, { color: theme.accent, bold: true, children: question.prompt }),
      /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
        "  ",
        progress2
      ] })
    ] }),
    /* @__PURE__ */ jsxs(Box, { flexDirection: wide ? "row" : "column", marginTop: 1, children: [
      /* @__PURE__ */ jsx(Box, { flexDirection: "column", flexGrow: 1, width: help && wide ? optionColumns : void 0, children: question.multiple ? /* @__PURE__ */ jsx(ToggleList, { options: options2, selected: selected2, onChange: setSelected, nothingChosen: "Choose at least one: space ticks the highlighted one.", onConfirm: () => onAnswer(id, selected2) }) : /* @__PURE__ */ jsx(OptionList, { options: options2, initial, onHighlight: setHighlighted, onSelect: (value) => onAnswer(id, value) }, id) }),
      help
    ] }),
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(KeyHelp, { keys: question.multiple ? ["\u2191\u2193 move", "space toggle", "enter confirm", "esc back", "? help", "q quit"] : ["\u2191\u2193 move", "enter choose", "esc/\u2190 back", "? help", "q quit"] }) })
  ] });
}
var init_QuestionScreen = __esm({
  "source/ui/components/QuestionScreen.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_react();
    init_questions();
    init_option_states();
    init_shown_text();
    init_terminal_size();
    init_text_rows();
    init_theme();
    init_KeyHelp();
    init_OptionList();
    init_ToggleList();
    init_jsx_runtime();
  }
});

// source/ui/components/StartScreen.tsx
function StartScreen({ questions: questions2, answers, provenance, onChoose }) {
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsx(Text, { color: theme.accent, bold: true, children: "Some answers are already known" }),
    /* @__PURE__ */ jsx(Box, { marginTop: 1, flexDirection: "column", children: questions2.map((id) => {
      const mark = sourceMark(provenance[id]);
      return /* @__PURE__ */ jsxs(Text, { wrap: "truncate-end", children: [
        "  ",
        answerPhrase(id, answers[id]),
        mark ? /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
          " (",
          mark,
          ")"
        ] }) : null
      ] }, id);
    }) }),
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(
      OptionList,
      {
        options: [
          { value: "use", label: "Use these answers \u2192 summary", description: "go straight to the recommended images; any answer can still be changed there" },
          { value: "review", label: "Review each question", description: "one question per screen, these answers preselected" }
        ],
        onSelect: (value) => onChoose(value === "review")
      }
    ) }),
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(KeyHelp, { keys: ["\u2191\u2193 move", "enter choose", "? help", "q quit"] }) })
  ] });
}
var init_StartScreen = __esm({
  "source/ui/components/StartScreen.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_answer_words();
    init_theme();
    init_KeyHelp();
    init_OptionList();
    init_jsx_runtime();
  }
});

// source/ui/components/Rows.tsx
function rowCount(lines2, width, indent) {
  return lines2.reduce((sum, line) => sum + textRows(line.text, width, indent).length, 0);
}
function Rows({ lines: lines2, width, indent = "    " }) {
  return /* @__PURE__ */ jsx(Fragment2, { children: lines2.flatMap((line, index) => textRows(line.text, width, indent).map((row, part) => /* @__PURE__ */ jsxs(Text, { color: line.color, bold: line.bold, dimColor: line.dim, wrap: "truncate-end", children: [
    row.continued ? indent : "",
    row.text || " "
  ] }, `${index}-${part}`))) });
}
var init_Rows = __esm({
  "source/ui/components/Rows.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_text_rows();
    init_jsx_runtime();
  }
});

// source/ui/components/SummaryScreen.tsx
function answerLines(questions2, answers) {
  return [
    { text: "Answers (press a number to change one)", bold: true },
    { text: `  ${questions2.map((id, index) => `${index + 1} ${answerPhrase(id, answers[id])}`).join(" \xB7 ")}` }
  ];
}
function SummaryScreen({ outcome, answers, provenance, questions: questions2, fixes, rows, width, onFix, projectWarnings: projectWarnings2 = [], noFiles = false }) {
  const budget = Math.max(8, rows - 5);
  if (!outcome.ok) {
    return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      /* @__PURE__ */ jsx(Text, { color: theme.bad, bold: true, children: "These answers do not fit together" }),
      /* @__PURE__ */ jsx(Box, { marginTop: 1, flexDirection: "column", children: /* @__PURE__ */ jsx(Rows, { width, lines: [{ text: inSessionWords(outcome.refusal.message) }] }) }),
      fixes.length > 0 ? /* @__PURE__ */ jsxs(Box, { marginTop: 1, flexDirection: "column", children: [
        /* @__PURE__ */ jsx(Text, { bold: true, children: "Change one answer" }),
        /* @__PURE__ */ jsx(OptionList, { options: fixes.map((fix) => ({ value: fix.id, label: `Change ${fix.topic}: ${fix.values.map((value) => value.label).join(" / ")}` })), onSelect: (id) => onFix(id) })
      ] }) : null,
      /* @__PURE__ */ jsx(Box, { marginTop: 1, flexDirection: "column", children: /* @__PURE__ */ jsx(Rows, { width, lines: answerLines(questions2, answers) }) }),
      /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(KeyHelp, { keys: ["enter change it", `1-${questions2.length} change an answer`, "esc back", "? help", "q quit"] }) })
    ] });
  }
  const { recommendation: { build, runtime, tradeoffs, warnings, alternatives, support, runtimeIdentifiers } } = outcome;
  const shown3 = [...projectWarnings2.map((message) => ({ message })), ...warningsToShow(warnings, provenance)];
  const images2 = { name: "images", lines: [
    { text: "Recommended images", bold: true, color: theme.accent },
    { text: `  build    ${build.reference}` },
    { text: `  runtime  ${runtime.reference}`, color: theme.good },
    { text: `  for      ${answerPhrase("arch", answers.arch)} (${runtimeIdentifiers.join(", ")})` },
    { text: `  ${support.summary}`, dim: true }
  ] };
  const warning = (index) => ({ name: "warnings", lines: [{ text: `! ${shown3[index].message}`, color: theme.warn }] });
  const candidates = [
    images2,
    ...shown3.length > 0 ? [warning(0)] : [],
    { name: "answers", lines: answerLines(questions2, answers) },
    { name: "tradeoffs", lines: [
      { text: "Trade-offs", bold: true },
      { text: `  \u2248 ${tradeoffs.sizeMb} MB \xB7 ${tradeoffs.shell ? `shell + ${tradeoffs.packageManager}` : "no shell"} \xB7 ${tradeoffs.nonRootByDefault ? "non-root by default" : "non-root via USER $APP_UID"} \xB7 attack surface ${tradeoffs.attackSurface}` },
      { text: `  start-up ${tradeoffs.startup}` }
    ] },
    ...shown3.slice(1).map((_, index) => warning(index + 1)),
    { name: "why", lines: [{ text: "Why", bold: true }, ...runtime.reasons.map((reason) => ({ text: `  \xB7 ${reason}` }))] },
    ...alternatives.length > 0 ? [{ name: "alternatives", lines: [{ text: "Alternatives", bold: true }, ...alternatives.slice(0, 4).map((alternative) => ({ text: `  \u2248${String(alternative.sizeMb).padStart(3)} MB  ${alternative.runtime.replace("mcr.microsoft.com/dotnet/", "")}  ${alternative.summary}` }))] }] : []
  ];
  const taken = /* @__PURE__ */ new Set();
  let used = 0;
  const more = (count) => count > 0 ? 1 : 0;
  for (const section of candidates) {
    const cost = rowCount(section.lines, width, "    ") + (taken.size > 0 && !(section.name === "warnings" && [...taken].some((other) => other.name === "warnings")) ? 1 : 0);
    const warningsLeft = shown3.length - [...taken].filter((other) => other.name === "warnings").length - (section.name === "warnings" ? 1 : 0);
    if (used + cost + more(warningsLeft) <= budget) {
      taken.add(section);
      used += cost;
    }
  }
  const hidden2 = shown3.length - [...taken].filter((section) => section.name === "warnings").length;
  const order3 = ["images", "warnings", "tradeoffs", "why", "alternatives", "answers"];
  const groups = order3.map((name) => candidates.filter((section) => section.name === name && taken.has(section))).filter((group) => group.length > 0);
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    groups.map((group, index) => /* @__PURE__ */ jsxs(Box, { flexDirection: "column", marginTop: index === 0 ? 0 : 1, children: [
      /* @__PURE__ */ jsx(Rows, { width, lines: group.flatMap((section) => section.lines) }),
      group[0].name === "warnings" && hidden2 > 0 ? /* @__PURE__ */ jsx(Text, { color: theme.warn, children: moreText(hidden2, { one: "warning", many: "warnings", where: "d" }) }) : null
    ] }, group[0].name)),
    hidden2 > 0 && !groups.some((group) => group[0].name === "warnings") ? /* @__PURE__ */ jsxs(Text, { color: theme.warn, children: [
      hidden2,
      " warning",
      hidden2 === 1 ? "" : "s",
      " (d)"
    ] }) : null,
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(KeyHelp, { keys: [...noFiles ? [] : ["enter choose files"], `1-${questions2.length} change an answer`, "d details", "esc back", "? help", "q quit"] }) })
  ] });
}
var init_SummaryScreen = __esm({
  "source/ui/components/SummaryScreen.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_answer_words();
    init_shown_list();
    init_theme();
    init_KeyHelp();
    init_OptionList();
    init_Rows();
    init_jsx_runtime();
  }
});

// source/ui/flow.ts
function initialState(input) {
  const { outputs = defaultOutputs, ...rest } = input;
  const base = { ...rest, origin: { answers: input.answers, provenance: input.provenance }, history: [], outputs, written: [], record: [], returnToSummary: false, step: { kind: "summary" } };
  return { ...base, step: input.needsProject ? { kind: "project" } : opening(base) };
}
function askedQuestions(state) {
  return questions.filter((question) => !state.fixed.includes(question.id) && question.applies(state.answers)).map((question) => question.id);
}
function hasKnownAnswers(state) {
  return askedQuestions(state).some((id) => ["detected", "config"].includes(state.provenance[id].source));
}
function firstQuestion(state) {
  const [first] = askedQuestions(state);
  return first ? { kind: "question", id: first } : { kind: "summary" };
}
function opening(state) {
  const first = firstQuestion(state);
  return first.kind === "question" && hasKnownAnswers(state) ? { kind: "start" } : first;
}
function stepAfter(state) {
  const { step: step2 } = state;
  switch (step2.kind) {
    case "project":
      return opening(state);
    case "question": {
      if (state.returnToSummary) return { kind: "summary" };
      const asked = askedQuestions(state);
      const order3 = questions.map((question) => question.id);
      const next = asked.find((id) => order3.indexOf(id) > order3.indexOf(step2.id));
      return next ? { kind: "question", id: next } : { kind: "summary" };
    }
    case "summary":
      return { kind: "files" };
    case "files":
      return { kind: "preview" };
    case "preview":
      return { kind: "confirm" };
    default:
      return step2;
  }
}
function outcomeOf(state) {
  return recommend(state.answers, state.today);
}
function reduce(state, action) {
  const forward = (next) => ({ ...next, history: [...state.history, state.step], step: stepAfter(next) });
  switch (action.type) {
    case "answer": {
      if (state.step.kind !== "question" || state.step.id !== action.id) return state;
      const kept = JSON.stringify(state.origin.answers[action.id]) === JSON.stringify(action.value);
      const provenance = { ...state.provenance, [action.id]: kept ? state.origin.provenance[action.id] : { source: "flag", note: "chosen here" } };
      const record = [...state.record, { key: (state.record.at(-1)?.key ?? -1) + 1, id: action.id, value: action.value, at: state.history.length }];
      const next = forward({ ...state, answers: { ...state.answers, [action.id]: action.value }, provenance, record });
      return next.step.kind === "summary" ? { ...next, returnToSummary: false } : next;
    }
    case "start":
      if (state.step.kind !== "start") return state;
      return { ...state, history: [...state.history, state.step], step: action.review ? firstQuestion(state) : { kind: "summary" } };
    case "jump":
      if (state.step.kind !== "summary") return state;
      return { ...state, ...action.value === void 0 ? {} : { answers: { ...state.answers, [action.id]: action.value } }, history: [...state.history, state.step], step: { kind: "question", id: action.id }, returnToSummary: true };
    case "project-chosen":
    case "next":
      if (!["project", "summary", "files", "preview"].includes(state.step.kind)) return state;
      if (state.step.kind === "summary" && !outcomeOf(state).ok) return state;
      if (state.step.kind === "files" && state.outputs.length === 0) return state;
      return forward(state);
    case "details":
      if (state.step.kind !== "summary" || !outcomeOf(state).ok) return state;
      return { ...state, history: [...state.history, state.step], step: { kind: "details" } };
    case "back": {
      const previous = state.history.at(-1);
      if (!previous || ["writing", "done", "build"].includes(state.step.kind)) return state;
      const history = state.history.slice(0, -1);
      const record = state.record.filter((answered) => answered.at < history.length);
      return { ...state, history, record, step: previous, error: void 0, returnToSummary: previous.kind === "summary" ? false : state.returnToSummary };
    }
    case "outputs":
      return { ...state, outputs: action.outputs };
    case "write":
      return { ...state, history: [...state.history, state.step], step: { kind: "writing" }, error: void 0 };
    case "written":
      return { ...state, step: { kind: "done" }, written: action.files };
    case "failed":
      return { ...state, step: state.history.at(-1) ?? { kind: "confirm" }, history: state.history.slice(0, -1), error: action.message };
    case "reset":
      return { ...state, answers: action.answers, provenance: action.provenance, origin: { answers: action.answers, provenance: action.provenance } };
    case "build":
      return state.step.kind === "done" ? { ...state, history: [...state.history, state.step], step: { kind: "build" } } : state;
    case "built":
      return state.step.kind === "build" ? { ...state, history: state.history.slice(0, -1), step: { kind: "done" } } : state;
  }
}
function progress(state) {
  if (state.step.kind !== "question") return "";
  const asked = askedQuestions(state);
  const { id } = state.step;
  const index = asked.indexOf(id);
  return index === -1 ? "" : `${index + 1} of ${asked.length}`;
}
var defaultOutputs;
var init_flow = __esm({
  "source/ui/flow.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_questions();
    init_recommend();
    init_files();
    defaultOutputs = [...fileKinds.filter((kind) => kind !== "csproj" && kind !== "compose"), "config"];
  }
});

// source/ui/App.tsx
var App_exports = {};
__export(App_exports, {
  App: () => App
});
function App({ session: initialSession, writeDirectory, engine: namedEngine, registry: registry2, onExit }) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [session, setSession] = useState(initialSession);
  const [state, dispatch] = useReducer(reduce, void 0, () => {
    const { answers, provenance } = resolveAnswers(initialSession.layers, initialSession.today);
    const fixed2 = Object.keys(initialSession.layers.find((layer) => layer.source === "flag")?.values ?? {});
    return initialState({ today: initialSession.today, answers, provenance, fixed: fixed2, needsProject: initialSession.located.kind === "choose" });
  });
  const choice = initialSession.located.kind === "choose" ? initialSession.located : void 0;
  const [candidates, setCandidates] = useState(() => choice ? choice.candidates.map((file) => ({ file, shown: node_path_default.relative(initialSession.cwd, file) })) : []);
  const [changes2, setChanges] = useState();
  const [diffOpen, setDiffOpen] = useState(false);
  const [build, setBuild] = useState();
  const [attempt2, setAttempt] = useState(0);
  const [engines2, setEngines] = useState();
  const [engine, setEngine] = useState();
  const [help, setHelp] = useState(false);
  const [ending, setEnding] = useState();
  const recordText = (record) => record.length === 0 ? "" : renderToString(/* @__PURE__ */ jsx(RecordLines, { record, origin: state.origin }), { columns });
  const redraw = useRedraw(() => recordText(state.record));
  const recorded = useRef(state.record);
  useEffect(() => {
    const before = recorded.current;
    recorded.current = state.record;
    if (state.record.length >= before.length) return;
    setTimeout(() => redraw(recordText(before).split("\n").length), 0);
  }, [state.record]);
  const latestBuild = useRef(void 0);
  const cancelBuild = useRef(void 0);
  const outcome = useMemo(() => buildableOutcome(withProjectWarnings(outcomeOf(state), session.detection), session.project, state.today), [state.answers, state.today, session.detection, session.project]);
  const directory = writeDirectory ? node_path_default.resolve(session.cwd, writeDirectory) : session.contextDirectory;
  const [otherApps, setOtherApps] = useState([]);
  const [pinning, setPinning] = useState();
  const pinAsked = Boolean(registry2) && state.outputs.includes("pin");
  const appPlans = useMemo(
    () => outcome.ok && otherApps.length > 0 ? guidedAppPlans({ session, recommendation: outcome.recommendation }, otherApps, state.answers, state.provenance) : void 0,
    [outcome, session, otherApps, state.answers, state.provenance]
  );
  const toPin = useMemo(() => !outcome.ok ? void 0 : appPlans && appPlans.plans.length > 1 ? appPlans.plans.map((plan2) => plan2.recommendation) : [outcome.recommendation], [outcome, appPlans]);
  const pinned = pinAsked && pinning && pinning.from === toPin ? pinning.result?.recommendations : void 0;
  const toWrite = !outcome.ok ? void 0 : !pinAsked ? outcome.recommendation : pinned?.[0];
  const apps = useMemo(() => appPlans && pinned && appPlans.plans.length > 1 ? { ...appPlans, plans: appPlans.plans.map((plan2, index) => ({ ...plan2, recommendation: pinned[index] })) } : appPlans, [appPlans, pinned]);
  const appFiles = useMemo(() => apps && apps.plans.length > 1 ? guidedAppFiles(apps.plans, state.outputs) : void 0, [apps, state.outputs]);
  const files = useMemo(
    () => toWrite && ["preview", "confirm", "writing", "done", "build"].includes(state.step.kind) ? appFiles?.files.map((file) => ({ ...file, shown: `${node_path_default.relative(session.cwd, node_path_default.join(file.directory, file.name))} (${fileOwner(file, true)})` })) ?? plannedFiles(toWrite, session, state.outputs, writeDirectory) : [],
    [toWrite, session, appFiles, state.outputs, state.step.kind, writeDirectory]
  );
  const several = appFiles !== void 0 && apps !== void 0;
  const writtenShown = (written) => appFiles ? written.map((file) => {
    const target = node_path_default.resolve(session.cwd, file);
    const owner = appFiles.files.find((planned) => [target, target.replace(/\.generated$/, "")].includes(node_path_default.join(planned.directory, planned.name)));
    return owner ? `${file} (${fileOwner(owner, true)})` : file;
  }) : written;
  const applying = useMemo(() => questions.filter((question) => question.applies(state.answers)).map((question) => question.id), [state.answers]);
  const fixes = useMemo(() => outcome.ok ? [] : fixesFor(state.answers, state.today, applying, (id, value) => id === "dotnet" && olderThanTarget(session.detection, value) !== void 0), [outcome, applying, session.detection]);
  const finish = (code, cancelled2) => {
    cancelBuild.current?.abort();
    const recommendation2 = outcome.ok ? outcome.recommendation : void 0;
    const written = state.written.map((file) => node_path_default.resolve(session.cwd, file));
    const view = latestBuild.current;
    const summary = finalSummary({
      ...recommendation2 ? { recommendation: recommendation2 } : {},
      written,
      steps: recommendation2 && written.length > 0 ? several ? appsNextSteps(apps.plans, written, engine?.builder) : nextSteps(recommendation2, session, directory, written, engine?.builder) : [],
      ...several ? { apps: apps.plans.map((app) => ({ name: app.name, recommendation: app.recommendation })) } : {},
      ...view?.phase === "finished" ? { built: [...view.error ? [view.error] : [], ...view.summary] } : {},
      ...view?.log ? { log: view.log } : {},
      cancelled: cancelled2,
      columns
    });
    setEnding({ code, summary });
  };
  const finishRef = useRef(finish);
  finishRef.current = finish;
  useEffect(() => {
    const stop = () => finishRef.current(cancelledExitCode(), true);
    cancelled.addEventListener("abort", stop, { once: true });
    return () => cancelled.removeEventListener("abort", stop);
  }, []);
  useEffect(() => {
    if (!ending) return;
    onExit(ending.code, ending.summary);
    exit();
  }, [ending]);
  useEffect(() => {
    if (choice) void describeCandidates(choice.candidates, initialSession.cwd, initialSession.detectOptions).then(setCandidates);
    void outputsInUse(initialSession, writeDirectory).then((outputs) => dispatch({ type: "outputs", outputs }));
  }, []);
  useInput((input, key) => {
    const { step: step3 } = state;
    const building = step3.kind === "build" && latestBuild.current?.phase !== "finished";
    if (key.ctrl && input === "c") {
      finish(130, true);
    } else if (help) {
      if (input === "?" || key.escape || key.return) setHelp(false);
    } else if (input === "?" && !building) {
      setHelp(true);
    } else if (input === "q" && !building) {
      const code = step3.kind === "build" ? latestBuild.current?.result?.exitCode ?? 1 : step3.kind === "done" ? 0 : 130;
      finish(code, !(step3.kind === "done" || step3.kind === "build"));
    } else if (step3.kind === "build") {
      if (key.escape) cancelBuild.current?.abort();
    } else if (step3.kind === "confirm" && diffOpen) {
      if (key.escape || key.return) setDiffOpen(false);
    } else if (key.escape || key.leftArrow && step3.kind !== "preview") {
      dispatch({ type: "back" });
    } else if (step3.kind === "summary") {
      if (key.return && outcome.ok && session.located.kind !== "none") dispatch({ type: "next" });
      else if (input === "d") dispatch({ type: "details" });
      else if (outcome.ok && /^[1-9]$/.test(input) && applying[Number(input) - 1]) dispatch({ type: "jump", id: applying[Number(input) - 1] });
    } else if ((key.return || input === "d") && step3.kind === "details") {
      dispatch({ type: "back" });
    }
  });
  useEffect(() => {
    if (state.step.kind !== "preview" || !toPin || !pinAsked || !registry2 || pinning?.from === toPin) return;
    const from = toPin;
    setPinning({ from });
    void pinFromRegistry(from, registry2).then((result) => setPinning((current) => current?.from === from ? { from, result } : current));
  }, [state.step.kind, toPin, pinAsked]);
  useEffect(() => {
    if (state.step.kind !== "confirm") return;
    setChanges(void 0);
    setDiffOpen(false);
    void compareWithDisk(files).then(setChanges);
  }, [state.step.kind, files]);
  useEffect(() => {
    if (state.step.kind !== "done" || !outcome.ok || engines2) return;
    void engineChoices(outcome.recommendation, session, filePlaces(session, writeDirectory).app, state.written.map((file) => node_path_default.resolve(session.cwd, file))).then((found) => {
      setEngines(found);
      setEngine(preferredEngine(found, namedEngine));
    });
  }, [state.step.kind]);
  const write = (mode) => {
    if (!changes2) return;
    const chosen = filesToWrite(changes2, mode);
    dispatch({ type: "write" });
    void writeFileSet(chosen.map((file) => ({ path: node_path_default.join(file.directory, file.name), content: file.content })), { force: true }).then((written) => dispatch({ type: "written", files: written.map((file) => node_path_default.relative(session.cwd, file) || file) })).catch((error) => dispatch({ type: "failed", message: error.message }));
  };
  const appStates = useRef([]);
  const builds = () => {
    if (!outcome.ok || !engine) return [];
    if (!several) return [{ name: session.project.name, recommendation: outcome.recommendation, plan: engine.plan }];
    return appBuilds(engine.builder, apps.plans, state.written.map((file) => node_path_default.resolve(session.cwd, file)));
  };
  useEffect(() => {
    if (state.step.kind !== "build" || !outcome.ok || !engine) return;
    const list = builds();
    const controller2 = new AbortController();
    cancelBuild.current = controller2;
    const started = Date.now();
    const everything = [];
    let ran = false;
    const first = list.findIndex((build2, index) => appStates.current[index]?.status !== "succeeded");
    let view = { command: commandFrom(session.cwd, list[Math.max(first, 0)].plan), phase: "preflight", lines: [], elapsedMs: 0, notes: [], summary: [], written: state.written, ...list.length > 1 ? { apps: appStates.current.length > 0 ? appStates.current : list.map((build2) => ({ name: build2.name, status: "waiting", summary: [] })) } : {} };
    const show = (next) => {
      view = { ...view, ...next, elapsedMs: Date.now() - started };
      latestBuild.current = view;
      setBuild(view);
    };
    const withState = (index, state2) => view.apps ? { apps: view.apps.map((other, position) => position === index ? state2 : other) } : {};
    show({});
    const timer = setInterval(() => show({}), 1e3);
    void (async () => {
      try {
        const states = await buildApps(list, appStates.current, {
          signal: controller2.signal,
          onStart: (index) => {
            const command = commandFrom(session.cwd, list[index].plan);
            if (index !== first) everything.push("", `$ ${command}`);
            show({ command, phase: "preflight", notes: [], lines: [], step: void 0, platformPlan: void 0, ...withState(index, { name: list[index].name, status: "running", summary: [] }) });
          },
          onChecked: (_, { notes, platformPlan }) => {
            ran = true;
            show({ phase: "running", notes, platformPlan });
          },
          onLine: (line) => {
            everything.push(line);
            show({ lines: [...view.lines.slice(-200), line] });
          },
          onStep: (step3) => show({ step: step3 }),
          onEnd: (index, state2) => show(withState(index, state2))
        });
        appStates.current = states;
        const last = states.findLast((state2) => state2.status !== "waiting" && state2.status !== "not-started") ?? states.at(-1);
        const log = ran ? await saveBuildLog(commandFrom(session.cwd, list[Math.max(first, 0)].plan), everything).catch(() => void 0) : void 0;
        show({
          phase: "finished",
          result: last.result ?? { status: "succeeded", exitCode: 0, elapsedMs: 0, lastLines: [] },
          ...list.length > 1 ? { apps: states, summary: appBuildLines(states) } : { summary: last.summary, ...last.error ? { error: last.error } : {} },
          ...log ? { log } : {}
        });
      } catch (error) {
        show({ phase: "finished", error: error.message, summary: [], result: { status: "failed", exitCode: 1, elapsedMs: Date.now() - started, lastLines: [] } });
      } finally {
        clearInterval(timer);
      }
    })();
    return () => {
      clearInterval(timer);
      controller2.abort();
    };
  }, [state.step.kind, attempt2]);
  if (ending) return null;
  const wide = columns >= 110;
  const width = Math.min(columns - 1, 120);
  const placeholder = session.located.kind === "none" ? noProjectNote : void 0;
  const screenRows = rows - (placeholder ? textRows(placeholder, width).length : 0);
  const { step: step2 } = state;
  const projectWarnings2 = [olderThanTarget(session.detection, state.answers.dotnet)].filter((warning) => warning !== void 0);
  const sessionWarnings = outcome.ok ? [...projectWarnings2.map((message) => ({ code: "target-framework", message })), ...warningsToShow(outcome.recommendation.warnings, state.provenance)] : [];
  let screen;
  if (help) {
    screen = /* @__PURE__ */ jsx(HelpPanel, {});
  } else if (step2.kind === "project" && choice) {
    screen = /* @__PURE__ */ jsx(
      ProjectScreen,
      {
        reason: choice.reason,
        candidates,
        skipped: choice.skipped ?? [],
        onChoose: (files2) => void Promise.all(files2.map(async (file) => withProject(initialSession, file))).then(([next, ...others]) => {
          if (!next) return;
          setSession(next);
          setOtherApps(others);
          const { answers, provenance } = resolveAnswers(next.layers, next.today);
          dispatch({ type: "reset", answers, provenance });
          dispatch({ type: "project-chosen" });
        })
      }
    );
  } else if (step2.kind === "start") {
    screen = /* @__PURE__ */ jsx(StartScreen, { questions: askedQuestions(state), answers: state.answers, provenance: state.provenance, onChoose: (review) => dispatch({ type: "start", review }) });
  } else if (step2.kind === "question") {
    screen = /* @__PURE__ */ jsx(QuestionScreen, { id: step2.id, answers: state.answers, origin: state.origin, today: state.today, progress: progress(state), wide, onAnswer: (id, value) => dispatch({ type: "answer", id, value }), projectTag: (id, value) => projectOptionTag(session.detection, id, value) }, step2.id);
  } else if (step2.kind === "summary") {
    const perApp = apps && apps.plans.length > 1 ? [`${apps.plans.length} apps: an answer chosen here applies to each; what its project says stays its own.`, ...appImages(apps.plans)] : [];
    const summary = /* @__PURE__ */ jsx(SummaryScreen, { outcome, answers: state.answers, provenance: state.provenance, questions: applying, fixes, rows: screenRows - perApp.reduce((sum, line) => sum + textRows(line, width).length, 0), width, onFix: (id) => {
      const only = fixes.find((fix) => fix.id === id)?.values;
      dispatch({ type: "jump", id, ...only?.length === 1 ? { value: only[0].value } : {} });
    }, projectWarnings: projectWarnings2, noFiles: session.located.kind === "none" });
    screen = perApp.length > 0 ? /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      perApp.map((line) => /* @__PURE__ */ jsx(Text, { dimColor: true, wrap: "wrap", children: shownText(line, { limit: 500 }) }, line)),
      summary
    ] }) : summary;
  } else if (step2.kind === "details" && outcome.ok) {
    screen = /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      /* @__PURE__ */ jsx(Text, { color: theme.accent, bold: true, children: "The recommendation in full" }),
      /* @__PURE__ */ jsx(ScrolledText, { content: renderSummary({ ...outcome.recommendation, warnings: sessionWarnings }, { explain: true, provenance: shownProvenance(state.provenance) }), width, height: Math.max(5, rows - 8) }),
      /* @__PURE__ */ jsx(KeyHelp, { keys: ["\u2191\u2193 scroll", "enter/esc back to the summary", "q quit"] })
    ] });
  } else if (step2.kind === "files") {
    const places = several ? `each app's Dockerfile and container.props into its own folder; the .dockerignore (merged with one there) and compose.yaml into ${session.contextDirectory} (the build context)` : placesText(filePlaces(session, writeDirectory));
    const about = apps ? [
      ...appImages(apps.plans),
      ...apps.refused,
      ...apps.notes.map((note) => `note: ${note}`),
      ...(appFiles?.notes ?? []).map((note) => `note: ${note}`),
      ...several && writeDirectory ? [`note: --write ${writeDirectory} puts one app's files there; with ${apps.plans.length} apps each app's Dockerfile goes in its own folder.`] : []
    ] : [];
    const listRows = screenRows - 4 - textRows(places, width).length - about.reduce((sum, line) => sum + textRows(line, width).length, 0) - textRows("\u2191\u2193 move  \xB7  space toggle  \xB7  enter preview  \xB7  esc back  \xB7  q quit", width).length;
    screen = /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      /* @__PURE__ */ jsx(Text, { color: theme.accent, bold: true, children: "What should be generated?" }),
      /* @__PURE__ */ jsx(Text, { dimColor: true, wrap: "wrap", children: places }),
      about.map((line) => /* @__PURE__ */ jsx(Text, { dimColor: true, wrap: "wrap", children: shownText(line, { limit: 500 }) }, line)),
      /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(
        ToggleList,
        {
          rows: listRows,
          options: allOutputs.filter((output) => offeredOutput(output, state.outputs, registry2)).map((output) => ({ value: output, label: outputLabels[output], description: outputDescriptions[output].replace(/^[^:]*: /, "") })),
          selected: state.outputs,
          onChange: (outputs) => dispatch({ type: "outputs", outputs: withPinning(outputs) }),
          nothingChosen: "Choose at least one file: space ticks the highlighted one.",
          onConfirm: () => dispatch({ type: "next" })
        }
      ) }),
      /* @__PURE__ */ jsx(KeyHelp, { keys: ["\u2191\u2193 move", "space toggle", "enter preview", "esc back", "q quit"] })
    ] });
  } else if (step2.kind === "preview" && pinAsked && !toWrite) {
    screen = /* @__PURE__ */ jsxs(Text, { children: [
      /* @__PURE__ */ jsx(Text, { color: theme.accent, children: /* @__PURE__ */ jsx(ink_spinner_default, { type: "dots" }) }),
      " asking ",
      registry2,
      " for the base images' digests\u2026"
    ] });
  } else if (step2.kind === "preview") {
    const note = pinAsked ? pinning?.result?.note : void 0;
    screen = /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      note ? /* @__PURE__ */ jsx(Text, { color: theme.warn, wrap: "wrap", children: note }) : null,
      /* @__PURE__ */ jsx(PreviewScreen, { files: files.map((file) => ({ name: file.shown ? shownText(file.shown, { limit: 500 }) : file.name, content: file.content })), rows: rows - (note ? textRows(note, width).length : 0), width, onContinue: () => dispatch({ type: "next" }) })
    ] });
  } else if (step2.kind === "confirm") {
    screen = /* @__PURE__ */ jsx(ConfirmScreen, { changes: changes2, folder: several ? session.cwd : directory, error: state.error, width, rows, viewing: diffOpen, onView: setDiffOpen, onWrite: write, onBack: () => dispatch({ type: "back" }) });
  } else if (step2.kind === "writing") {
    screen = /* @__PURE__ */ jsx(Text, { children: "Writing\u2026" });
  } else if (step2.kind === "build" && build) {
    const later2 = engine ? several ? build.command : commandFrom(session.cwd, engine.plan) : void 0;
    screen = /* @__PURE__ */ jsx(
      BuildScreen,
      {
        view: build,
        rows,
        width,
        ...later2 && engine ? { laterCommand: later2, laterEngine: engine.label } : {},
        onAction: (action) => {
          if (action === "retry") setAttempt((count) => count + 1);
          else if (action === "back") dispatch({ type: "built" });
          else finish(latestBuild.current?.result?.exitCode ?? 1, false);
        }
      }
    );
  } else if (step2.kind === "done" && outcome.ok) {
    const ready = (engines2 ?? []).filter((choice2) => choice2.ready);
    screen = /* @__PURE__ */ jsx(
      DoneScreen,
      {
        written: state.written.length > 0 ? writtenShown(state.written) : ["nothing: every file was already up to date"],
        engines: engines2,
        ...engine ? { builds: builds().map((build2) => ({ ...several ? { name: build2.name } : {}, command: commandFrom(session.cwd, build2.plan) })), chosen: engine.builder } : {},
        width,
        actions: [
          { value: "exit", label: "Exit" },
          ...ready.map((choice2) => ({ value: choice2.builder, label: `Build now with ${choice2.label}${typeof choice2.plan.output === "object" ? ", to an OCI archive" : choice2.plan.output !== "load" ? "" : choice2.builder === "podman" || choice2.builder === "buildah" ? `, into ${choice2.builder}'s local storage` : ", into the local image store"}` }))
        ],
        onAction: (value) => {
          const chosen = ready.find((choice2) => choice2.builder === value);
          if (!chosen) {
            finish(0, false);
            return;
          }
          setEngine(chosen);
          appStates.current = [];
          dispatch({ type: "build" });
        }
      }
    );
  }
  const where2 = session.located.kind === "found" ? node_path_default.relative(session.cwd, session.located.file) : session.located.kind === "choose" ? "choosing a project" : "no project found";
  return /* @__PURE__ */ jsxs(Fragment2, { children: [
    /* @__PURE__ */ jsx(Static, { items: state.record, children: (answered) => /* @__PURE__ */ jsx(RecordLine, { answered, origin: state.origin }, answered.key) }),
    /* @__PURE__ */ jsxs(Box, { flexDirection: "column", width, children: [
      /* @__PURE__ */ jsxs(Text, { bold: true, children: [
        "dotnet-image-wizard ",
        /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
          "\xB7 ",
          where2
        ] })
      ] }),
      placeholder ? /* @__PURE__ */ jsx(Text, { dimColor: true, wrap: "wrap", children: placeholder }) : null,
      /* @__PURE__ */ jsx(Box, { marginTop: 1, children: screen })
    ] })
  ] });
}
function appImages(plans) {
  return plans.map((app) => `${app.name} (${answerPhrase("app", app.recommendation.answers.app)}): ${app.recommendation.runtime.reference}`);
}
function RecordLines({ record, origin }) {
  return /* @__PURE__ */ jsx(Box, { flexDirection: "column", children: record.map((answered) => /* @__PURE__ */ jsx(RecordLine, { answered, origin }, answered.key)) });
}
function RecordLine({ answered, origin }) {
  const before = origin.answers[answered.id];
  const same = JSON.stringify(before) === JSON.stringify(answered.value);
  const mark = same ? sourceMark(origin.provenance[answered.id]) : void 0;
  return /* @__PURE__ */ jsxs(Text, { children: [
    /* @__PURE__ */ jsx(Text, { color: theme.good, children: "\u2714" }),
    " ",
    answerPhrase(answered.id, answered.value),
    mark ? /* @__PURE__ */ jsxs(Text, { dimColor: true, children: [
      " (",
      mark,
      ")"
    ] }) : null
  ] });
}
function shownProvenance(provenance) {
  return Object.fromEntries(Object.entries(provenance).map(([id, entry]) => [id, entry.source === "flag" && entry.note === "chosen here" ? { source: "chosen here" } : entry]));
}
var allOutputs;
var init_App = __esm({
  "source/ui/App.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_ink_spinner();
    init_node_path();
    init_react();
    init_questions();
    init_resolve();
    init_summary();
    init_project_warnings();
    init_shown_text();
    init_answer_words();
    init_cancellation();
    init_app_builds();
    init_candidates();
    init_file_changes();
    init_final_summary();
    init_build_log();
    init_engines();
    init_next_steps();
    init_option_states();
    init_multi_target();
    init_target_framework();
    init_apps();
    init_file_places();
    init_planned_files();
    init_pinning();
    init_no_project();
    init_session();
    init_write_files();
    init_BuildScreen();
    init_ConfirmScreen();
    init_DoneScreen();
    init_HelpPanel();
    init_KeyHelp();
    init_PreviewScreen();
    init_ProjectScreen();
    init_QuestionScreen();
    init_ScrolledText();
    init_StartScreen();
    init_SummaryScreen();
    init_ToggleList();
    init_flow();
    init_terminal_size();
    init_text_rows();
    init_theme();
    init_jsx_runtime();
    allOutputs = [
      "dockerfile",
      "dockerignore",
      "zerops",
      "csproj",
      "compose",
      "config",
      "github-actions",
      "gitlab-ci",
      "pin",
      "renovate",
      "dependabot"
    ];
  }
});

// source/ui/Opening.tsx
function Opening({ open: open2, keys: keys2, onFail, onExit, ...rest }) {
  const { exit } = useApp();
  const [reading, setReading] = useState("starting");
  const [ready, setReady] = useState();
  useEffect(() => {
    let live = true;
    void Promise.all([open2((what) => live && setReading(what)), Promise.resolve().then(() => (init_App(), App_exports))]).then(
      ([session, { App: App2 }]) => live && setReady({ session, App: App2 }),
      (error) => {
        if (!live) return;
        onFail(error);
        exit();
      }
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (ready) keys2?.release();
  }, [ready]);
  useInput((input, key) => {
    if (key.ctrl && input === "c") {
      onExit(130, "Cancelled: nothing was written.");
      exit();
    }
  }, { isActive: !ready });
  if (ready) return /* @__PURE__ */ jsx(ready.App, { session: ready.session, onExit, ...rest });
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsx(Text, { bold: true, children: "dotnet-image-wizard" }),
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsxs(Text, { children: [
      /* @__PURE__ */ jsx(Text, { color: theme.accent, children: /* @__PURE__ */ jsx(ink_spinner_default, { type: "dots" }) }),
      " ",
      reading,
      "\u2026"
    ] }) })
  ] });
}
var init_Opening = __esm({
  "source/ui/Opening.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_ink_spinner();
    init_react();
    init_theme();
    init_jsx_runtime();
  }
});

// ui-library:scheduler
var library6, scheduler_default, unstable_now, unstable_IdlePriority, unstable_ImmediatePriority, unstable_LowPriority, unstable_NormalPriority, unstable_Profiling, unstable_UserBlockingPriority, unstable_cancelCallback, unstable_forceFrameRate, unstable_getCurrentPriorityLevel, unstable_next, unstable_requestPaint, unstable_runWithPriority, unstable_scheduleCallback, unstable_shouldYield, unstable_wrapCallback;
var init_scheduler = __esm({
  "ui-library:scheduler"() {
    init_define_PACKAGE();
    library6 = globalThis[/* @__PURE__ */ Symbol.for("dotnet-image-wizard.ui-libraries")]["scheduler"];
    scheduler_default = library6.default;
    ({ unstable_now, unstable_IdlePriority, unstable_ImmediatePriority, unstable_LowPriority, unstable_NormalPriority, unstable_Profiling, unstable_UserBlockingPriority, unstable_cancelCallback, unstable_forceFrameRate, unstable_getCurrentPriorityLevel, unstable_next, unstable_requestPaint, unstable_runWithPriority, unstable_scheduleCallback, unstable_shouldYield, unstable_wrapCallback } = library6);
  }
});

// source/ui/paced-keys.ts
function splitKeys(input) {
  const keys2 = [];
  let index = 0;
  while (index < input.length) {
    const length = keyLength(input, index);
    keys2.push(input.slice(index, index + length));
    index += length;
  }
  return keys2;
}
function keyLength(input, start2) {
  if (input[start2] !== "\x1B") return String.fromCodePoint(input.codePointAt(start2)).length;
  const prefix = input[start2 + 1] === "\x1B" && (input[start2 + 2] === "[" || input[start2 + 2] === "O") ? 1 : 0;
  const introducer = input[start2 + prefix + 1];
  if (introducer === "[") {
    let index = start2 + prefix + 2;
    if (input[index] === "[") index++;
    while (index < input.length && /[\u0020-\u003F]/.test(input[index])) index++;
    return Math.min(index + 1, input.length) - start2;
  }
  if (introducer === "O") return Math.min(start2 + prefix + 3, input.length) - start2;
  if (introducer === void 0) return 1;
  return 1 + String.fromCodePoint(input.codePointAt(start2 + 1)).length;
}
var import_node_stream, interrupt, PacedKeys;
var init_paced_keys = __esm({
  "source/ui/paced-keys.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_stream = require("node:stream");
    init_scheduler();
    interrupt = "";
    PacedKeys = class extends import_node_stream.Readable {
      constructor(terminal2) {
        super({ read() {
        } });
        this.terminal = terminal2;
        this.isTTY = Boolean(terminal2.isTTY);
      }
      terminal;
      isTTY;
      queue = [];
      pacing = false;
      listening = false;
      /** While the first screen is not drawn yet, keys wait here (all but ctrl-c). */
      held = false;
      setRawMode(mode) {
        this.terminal.setRawMode?.(mode);
        return this;
      }
      /** Ink refs the stream while it wants input and unrefs it when done: follow it on the terminal. */
      ref() {
        if (!this.listening) {
          this.listening = true;
          this.terminal.on("data", this.receive);
          this.terminal.resume();
        }
        this.terminal.ref();
        return this;
      }
      unref() {
        if (this.listening) {
          this.listening = false;
          this.terminal.off("data", this.receive);
          this.terminal.pause();
        }
        this.terminal.unref();
        return this;
      }
      /** Keeps the keys typed from now on until release(): a screen that is not there yet cannot take them. */
      hold() {
        this.held = true;
      }
      /** Hands the kept keys to the screen now drawn, one at a time as ever. */
      release() {
        this.held = false;
        if (!this.pacing) this.next();
      }
      receive = (chunk) => {
        const keys2 = splitKeys(chunk.toString());
        if (keys2.includes(interrupt)) this.queue.splice(0, this.queue.length, interrupt);
        else this.queue.push(...keys2);
        if (!this.pacing && (!this.held || this.queue[0] === interrupt)) this.next();
      };
      next() {
        const key = this.held && this.queue[0] !== interrupt ? void 0 : this.queue.shift();
        if (key === void 0) {
          this.pacing = false;
          return;
        }
        this.pacing = true;
        this.push(key);
        setTimeout(() => {
          unstable_scheduleCallback(unstable_IdlePriority, () => {
            this.next();
          });
        }, 0);
      }
    };
  }
});

// source/session/summary-warnings.ts
function summaryWarnings(recommendation2, detection, provenance) {
  const mismatch = olderThanTarget(detection, recommendation2.answers.dotnet);
  return [...mismatch ? [mismatch] : [], ...warningsToShow(recommendation2.warnings, provenance).map((warning) => warning.message)];
}
function supportLine(recommendation2) {
  return recommendation2.warnings.some((warning) => warning.code === "end-of-support" || warning.code === "preview") ? void 0 : recommendation2.support.summary;
}
var init_summary_warnings = __esm({
  "source/session/summary-warnings.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_answer_words();
    init_target_framework();
  }
});

// source/ui/plain/plain-lines.ts
function plainLines(input, output) {
  const lines2 = (0, import_node_readline.createInterface)({ input, terminal: false });
  const queue = [];
  const waiting = [];
  let ended = false;
  lines2.on("line", (line) => waiting.length > 0 ? waiting.shift()(line) : queue.push(line));
  lines2.on("close", () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve(void 0);
  });
  const say = (text3 = "") => output.write(`${shownText(text3, { lines: true, limit: Number.POSITIVE_INFINITY })}
`);
  const ask = async (prompt) => {
    output.write(`${shownText(prompt, { limit: Number.POSITIVE_INFINITY })} `);
    const line = queue.length > 0 ? queue.shift() : ended ? void 0 : await new Promise((resolve) => waiting.push(resolve));
    if (line === void 0) throw new Cancelled();
    return line.trim();
  };
  return { say, ask, close: () => lines2.close() };
}
function parseChoices(text3, count) {
  const parts = text3.split(/[\s,]+/).filter(Boolean);
  const numbers = parts.map(Number);
  if (parts.length === 0 || numbers.some((number) => !Number.isInteger(number) || number < 1 || number > count)) return void 0;
  return [...new Set(numbers)];
}
async function orEnter(asked) {
  return asked.catch((error) => {
    if (error instanceof Cancelled) return "";
    throw error;
  });
}
async function pick(ask, say, prompt, count, preset) {
  for (; ; ) {
    const reply = await ask(prompt);
    if (reply === "" && preset !== void 0) return preset;
    const chosen = parseChoices(reply, count);
    if (chosen && chosen.length === 1) return chosen[0];
    say(`Type a number from 1 to ${count}.`);
  }
}
var import_node_readline, Cancelled, isBack;
var init_plain_lines = __esm({
  "source/ui/plain/plain-lines.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_readline = require("node:readline");
    init_shown_text();
    Cancelled = class extends Error {
    };
    isBack = (text3) => /^b(?:ack)?$/i.test(text3);
  }
});

// source/ui/plain/plain-build.ts
async function offerBuild(engines2, used, cwd, say, ask) {
  say();
  say("Build engines on this machine");
  engines2.forEach((candidate, index) => say(`  ${index + 1}. ${candidate.label}: ${candidate.ready ? candidate.builder === used.builder ? "ready, used below" : "ready" : candidate.missing ?? "not ready"}`));
  const ready = engines2.filter((candidate) => candidate.ready);
  say(ready.length > 0 ? `Build it with ${used.label}:` : `The files are ready. Where ${used.label} runs, build them with:`);
  say(`  ${commandFrom(cwd, used.plan)}`);
  if (ready.length === 0) return void 0;
  const numbers = ready.map((candidate) => engines2.indexOf(candidate) + 1);
  for (; ; ) {
    const reply = await orEnter(ask(`Build now? A number builds with that engine (${numbers.join(", ")}); enter finishes:`));
    if (reply === "") return void 0;
    const number = parseChoices(reply, engines2.length);
    const picked = number?.length === 1 ? engines2[number[0] - 1] : void 0;
    if (!picked) say(`Type one of ${numbers.join(", ")}, or press enter to finish.`);
    else if (!picked.ready) say(`${picked.label} cannot build here: ${picked.missing ?? "not ready"}`);
    else return picked;
  }
}
async function buildWith(engine, recommendation2, cwd, written, say, hold) {
  const command = commandFrom(cwd, engine.plan);
  say();
  say(`Building with ${engine.label}`);
  say(`  ${command}`);
  hold.building = true;
  let built;
  try {
    built = await runSessionBuild(engine.plan, recommendation2, command, {
      onStarted: (notes, platformPlan) => {
        for (const note of notes) say(`note: ${note}`);
        say(platformPlanTitle(platformPlan));
        for (const line of platformPlanLines(platformPlan)) say(`  ${line}`);
      },
      onStep: (announced) => say(`  ${announced}`)
    });
  } finally {
    hold.building = false;
  }
  say();
  if (built.error) say(`Not built: the build could not start: ${built.error}`);
  for (const line of built.summary) say(line);
  if (built.log) say(`full log: ${built.log}`);
  if (written.length > 0) say(`written and kept: ${written.join(", ")}`);
  if (built.error) {
    say(`The files are ready. Where ${engine.label} runs, build them with:`);
    say(`  ${command}`);
  }
  return built;
}
async function afterBuild(built, ask) {
  const succeeded = built.result.status === "succeeded";
  const reply = await orEnter(ask(`${succeeded ? "" : "r tries again, "}b goes back to the build engines, enter finishes:`));
  if (!succeeded && /^r/i.test(reply)) return "retry";
  return isBack(reply) ? "back" : "finish";
}
var init_plain_build = __esm({
  "source/ui/plain/plain-build.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_next_steps();
    init_platform_plan2();
    init_session_build();
    init_plain_lines();
  }
});

// source/dockerfile/dockerfile.ts
function substituteArgs(value, args) {
  return value.replaceAll(/\$(?:\{([A-Za-z_]\w*)(?::?-([^}]*))?\}|([A-Za-z_]\w*))/g, (_match, braced, fallback, bare) => {
    const known = args.get(braced ?? bare);
    return known === void 0 || known === "" ? fallback ?? "" : known;
  });
}
function parseDockerfile(text3) {
  const ast = import_dockerfile_ast.DockerfileParser.parse(text3);
  const globalArgs = /* @__PURE__ */ new Map();
  for (const arg of ast.getInitialARGs()) {
    const property = arg.getProperty();
    if (property) globalArgs.set(property.getName(), property.getValue() ?? void 0);
  }
  const stages = [];
  for (const instruction of ast.getInstructions()) {
    if (instruction.getKeyword() === "FROM") {
      const from = instruction;
      const imageWritten = from.getImage() ?? "";
      const image2 = substituteArgs(imageWritten, globalArgs);
      const name = from.getBuildStage()?.toLowerCase();
      const parent = stages.find((stage) => stage.name !== void 0 && stage.name === image2.toLowerCase());
      const platform = from.getPlatformFlag()?.getValue() ?? void 0;
      stages.push({ index: stages.length, ...name ? { name } : {}, from, imageWritten, image: image2, ...platform === void 0 ? {} : { platform }, instructions: [], ...parent ? { parent } : {} });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { text: text3, ast, stages, globalArgs };
}
function baseStage(stage) {
  let current = stage;
  while (current.parent) current = current.parent;
  return current;
}
var import_dockerfile_ast, finalStage;
var init_dockerfile2 = __esm({
  "source/dockerfile/dockerfile.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_dockerfile_ast = require("./libraries/dockerfile-ast.cjs");
    finalStage = (dockerfile) => dockerfile.stages.at(-1);
  }
});

// source/doctor/dotnet-image.ts
function splitReference(image2) {
  const [withoutDigest = "", digest2] = image2.split("@");
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const pinned = digest2 ? { digest: digest2 } : {};
  return colon > slash ? { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1), ...pinned } : { name: withoutDigest, tag: "", ...pinned };
}
function osOf(words3) {
  if (words3.some((word) => word.startsWith("alpine"))) return "alpine";
  if (words3.some((word) => word.startsWith("azurelinux") || word.startsWith("cbl"))) return "azurelinux";
  if (words3.some((word) => ["noble", "jammy", "focal", "bionic", "resolute"].includes(word))) return "ubuntu";
  if (words3.some((word) => ["bookworm", "bullseye", "buster", "trixie", "stretch", "slim"].includes(word))) return "debian";
  return void 0;
}
function catalogImage2(repo, tag2) {
  const exact = named2(repo, tag2);
  if (exact) return exact;
  const words3 = tag2.split("-");
  if (!words3.includes("alpine") || words3.length < 3) return void 0;
  const release = named2(repo, `${words3[0]}-alpine`)?.codename;
  return release ? named2(repo, words3.map((word) => word === "alpine" ? release : word).join("-")) : void 0;
}
function dotnetImage(reference3) {
  const { name, tag: tag2, digest: digest2 } = splitReference(reference3.trim());
  const path = name.replace(/^(?:mcr\.microsoft\.com\/|docker\.io\/)/, "");
  let repo;
  let legacy = false;
  let words3 = tag2 === "" ? [] : tag2.split("-");
  const current = /^dotnet\/(runtime-deps|runtime|aspnet|sdk)$/.exec(path);
  const core = /^dotnet\/core\/(runtime-deps|runtime|aspnet|sdk)$/.exec(path);
  if (current) repo = current[1];
  else if (core) [repo, legacy] = [core[1], true];
  else if (path === "microsoft/dotnet" || path === "library/microsoft-dotnet") {
    legacy = true;
    const joined = words3.slice(1).join("-");
    const family = legacyFamilies.find(([word]) => joined.startsWith(word) || joined.includes(`-${word}`));
    repo = family?.[1] ?? "sdk";
  } else if (path === "microsoft/aspnetcore") [repo, legacy] = ["aspnet", true];
  else if (path === "microsoft/aspnetcore-build") [repo, legacy] = ["sdk", true];
  if (!repo || !families2.includes(repo)) return void 0;
  const version3 = /^(\d+)\.(\d+)((?:\.\d+)*)$/.exec(words3[0] ?? "");
  const suffixes = Object.entries(platforms).map(([architecture3, platform]) => [architecture3, platform.tagSuffix]);
  const architecture2 = suffixes.find(([, suffix]) => words3.at(-1) === suffix)?.[0];
  if (architecture2) words3 = words3.slice(0, -1);
  const dotnet2 = version3 ? `${version3[1]}.${version3[2]}` : void 0;
  const patch = version3?.[3] ? words3[0] : void 0;
  const floatingTag2 = dotnet2 ? [dotnet2, ...words3.slice(1)].join("-") : words3.join("-");
  const catalog = legacy ? void 0 : catalogImage2(repo, floatingTag2);
  const windows = words3.some((word) => word.startsWith("nanoserver") || word.startsWith("windowsservercore"));
  return {
    repo,
    tag: tag2,
    ...digest2 ? { digest: digest2 } : {},
    legacy,
    ...dotnet2 ? { dotnet: dotnet2 } : {},
    ...patch ? { patch } : {},
    ...architecture2 ? { architecture: architecture2 } : {},
    ...catalog ? { catalog } : {},
    floatingTag: floatingTag2,
    ...catalog ? { os: catalog.os } : osOf(words3) ? { os: osOf(words3) } : dotnet2 && !windows && !legacy ? { os: "debian" } : {},
    windows,
    distroless: catalog?.distroless ?? words3.some((word) => word === "chiseled" || word === "distroless"),
    extra: catalog?.extra ?? words3.includes("extra"),
    aot: catalog?.aot ?? words3.includes("aot")
  };
}
var families2, legacyFamilies, named2;
var init_dotnet_image = __esm({
  "source/doctor/dotnet-image.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_active();
    init_catalog();
    families2 = ["runtime-deps", "runtime", "aspnet", "sdk"];
    legacyFamilies = [["aspnetcore-runtime", "aspnet"], ["runtime-deps", "runtime-deps"], ["runtime", "runtime"], ["sdk", "sdk"]];
    named2 = (repo, tag2) => activeCatalog().images.find((image2) => image2.repo === repo && (image2.tag === tag2 || image2.aliases.includes(tag2)));
  }
});

// source/doctor/stage-facts.ts
function dotnetCommands(stage) {
  const commands2 = [];
  for (const instruction of stage.instructions) {
    if (instruction.getKeyword() !== "RUN") continue;
    const argumentsList = instruction.getArguments();
    let current;
    const close = () => {
      if (current && current.words[0] === "dotnet" && current.words[1]) commands2.push({ verb: current.words[1], words: current.words.slice(2), instruction, end: current.end });
      current = void 0;
    };
    for (const argument of argumentsList) {
      const value = argument.getValue();
      if (separators.has(value)) {
        close();
        continue;
      }
      const trailing = /^(.*?)(&&|;)$/.exec(value);
      const word = trailing ? trailing[1] : value;
      current ??= { words: [], end: argument.getRange().end };
      if (word !== "") current.words.push(word);
      current.end = trailing ? { line: argument.getRange().end.line, character: argument.getRange().end.character - trailing[2].length } : argument.getRange().end;
      if (trailing) close();
    }
    close();
  }
  return commands2;
}
function option(words3, names2) {
  for (const [index, word] of words3.entries()) {
    for (const name of names2) {
      if (word === name) return words3[index + 1] && !words3[index + 1].startsWith("-") ? words3[index + 1] : true;
      if (word.startsWith(`${name}=`)) return word.slice(name.length + 1);
    }
  }
  return void 0;
}
function ridWords(words3) {
  const found = [];
  for (const name of ridOptions) {
    const value = option(words3, [name]);
    if (value !== void 0) found.push(value === true ? name : `${name} ${value}`);
  }
  return found;
}
function userOf(stage) {
  for (let current = stage; current; current = current.parent) {
    const users = current.instructions.filter((instruction) => instruction.getKeyword() === "USER");
    const last = users.at(-1);
    if (last) return { value: last.getArguments().map((argument) => argument.getValue()).join(" "), instruction: last };
  }
  return void 0;
}
function inherited(stage) {
  const chain = [];
  for (let current = stage; current; current = current.parent) chain.unshift(current);
  return chain.flatMap((current) => current.instructions);
}
function environment(stage) {
  const values = /* @__PURE__ */ new Map();
  for (const instruction of inherited(stage)) {
    if (instruction.getKeyword() !== "ENV") continue;
    for (const property of instruction.getProperties()) {
      values.set(property.getName(), { value: property.getValue() ?? "", instruction, range: property.getValueRange() ?? property.getRange() });
    }
  }
  return values;
}
function runsAsRoot(stage) {
  const user = userOf(stage);
  if (!user) return !(imageOf3(stage)?.distroless ?? false);
  return /^(?:root|0)(?::.*)?$/.test(user.value);
}
function finalDotnet(dockerfile) {
  const stage = finalStage(dockerfile);
  const image2 = stage ? imageOf3(stage) : void 0;
  return stage && image2 && !image2.windows ? { stage, image: image2 } : void 0;
}
function copiedFrom(instruction) {
  if (instruction.getKeyword() !== "COPY") return void 0;
  return instruction.getFromFlag()?.getValue() ?? void 0;
}
function shippedStages(dockerfile) {
  const shipped = /* @__PURE__ */ new Set();
  const visit = (stage) => {
    for (let current = stage; current && !shipped.has(current); current = current.parent) {
      shipped.add(current);
      for (const instruction of current.instructions) {
        const from = copiedFrom(instruction)?.toLowerCase();
        visit(dockerfile.stages.find((candidate) => candidate.name === from || String(candidate.index) === from));
      }
    }
  };
  visit(finalStage(dockerfile));
  return shipped;
}
function startCommand(stage) {
  const start2 = inherited(stage).filter((instruction) => instruction.getKeyword() === "ENTRYPOINT" || instruction.getKeyword() === "CMD").at(-1);
  if (!start2) return void 0;
  const json = start2.getJSONStrings?.() ?? [];
  return { words: json.length > 0 ? json.map((value) => value.getJSONValue()) : start2.getArguments().map((argument) => argument.getValue()), instruction: start2 };
}
var imageOf3, separators, ridOptions, stageUses, declaresArg, buildStages, shownImage;
var init_stage_facts = __esm({
  "source/doctor/stage-facts.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_dockerfile2();
    init_dotnet_image();
    imageOf3 = (stage) => dotnetImage(baseStage(stage).image);
    separators = /* @__PURE__ */ new Set(["&&", "||", ";", "|", "&"]);
    ridOptions = ["-a", "--arch", "-r", "--runtime", "--os", "--use-current-runtime", "--ucr"];
    stageUses = (stage, variable) => stage.instructions.some((instruction) => new RegExp(`\\$\\{?${variable}\\b`).test(instruction.getRawArgumentsContent() ?? ""));
    declaresArg = (stage, name) => inherited(stage).some((instruction) => instruction.getKeyword() === "ARG" && instruction.getArguments()[0]?.getValue().split("=")[0] === name);
    buildStages = (dockerfile) => dockerfile.stages.filter((stage) => dotnetCommands(stage).some((command) => ["restore", "publish", "build"].includes(command.verb)));
    shownImage = (stage, dockerfile) => substituteArgs(stage.imageWritten, dockerfile.globalArgs);
  }
});

// source/doctor/build-platform.ts
function isAot(stage, projectDeploy) {
  if (imageOf3(stage)?.aot) return true;
  if (dotnetCommands(stage).some((command) => command.words.some((word) => /^[-/]p(?:roperty)?:PublishAot=true$/i.test(word)))) return true;
  return projectDeploy === "aot";
}
function targetArchEdits(stage) {
  const edits2 = [];
  for (const command of commandsWithoutRid(stage)) edits2.push({ range: { start: command.end, end: command.end }, text: " -a $TARGETARCH" });
  return edits2;
}
function argTargetArchEdit(stage) {
  if (!commandsWithoutRid(stage).length && !/\$\{?TARGETARCH/.test(stage.instructions.map((instruction) => instruction.getRawArgumentsContent() ?? "").join("\n"))) return [];
  if (declaresArg(stage, "TARGETARCH")) return [];
  const end = stage.from.getRange().end;
  return [{ range: { start: end, end }, text: "\nARG TARGETARCH" }];
}
function buildPlatformEdit(derived) {
  const stage = baseStage(derived);
  const flag = stage.from.getPlatformFlag();
  if (flag) {
    const range = flag.getValueRange();
    return range ? [{ range, text: "$BUILDPLATFORM" }] : [];
  }
  const image2 = stage.from.getImageRange();
  return image2 ? [{ range: { start: image2.start, end: image2.start }, text: "--platform=$BUILDPLATFORM " }] : [];
}
function byBaseStage(stages) {
  const groups = /* @__PURE__ */ new Map();
  for (const stage of stages) groups.set(baseStage(stage), [...groups.get(baseStage(stage)) ?? [], stage]);
  return [...groups.values()];
}
var archVerbs, commandsWithoutRid, onBuildPlatform;
var init_build_platform = __esm({
  "source/doctor/build-platform.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_dockerfile2();
    init_stage_facts();
    init_stage_facts();
    archVerbs = /* @__PURE__ */ new Set(["restore", "build", "publish"]);
    commandsWithoutRid = (stage) => dotnetCommands(stage).filter((command) => archVerbs.has(command.verb) && ridWords(command.words).filter((word) => !word.startsWith("--use-current-runtime") && !word.startsWith("--ucr")).length === 0);
    onBuildPlatform = (stage) => baseStage(stage).platform?.includes("BUILDPLATFORM") ?? false;
  }
});

// source/doctor/rules/aot-emulation.ts
var aotEmulation;
var init_aot_emulation = __esm({
  "source/doctor/rules/aot-emulation.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_build_platform();
    init_stage_facts();
    aotEmulation = {
      code: "DIW009",
      severity: "warning",
      title: "Native AOT under emulation",
      fix: "Build each platform on a machine of that architecture, or (.NET 10 and later) cross-compile with an Ubuntu -aot SDK on --platform=$BUILDPLATFORM and -a $TARGETARCH.",
      check(input) {
        if (input.architectures.length < 2) return [];
        return buildStages(input.dockerfile).flatMap((stage) => {
          if (onBuildPlatform(stage) || imageOf3(stage)?.repo !== "sdk" || !isAot(stage, input.project?.answers.deploy)) return [];
          return [{ range: stage.from.getRange(), message: `Native AOT is compiled here for ${input.architectures.join(", ")} with no --platform=$BUILDPLATFORM: every foreign platform runs the AOT compiler under QEMU, which .NET does not support and which is very slow.` }];
        });
      }
    };
  }
});

// source/doctor/rules/copy-link.ts
var copyLink;
var init_copy_link = __esm({
  "source/doctor/rules/copy-link.ts"() {
    "use strict";
    init_define_PACKAGE();
    copyLink = {
      code: "DIW020",
      severity: "error",
      title: "COPY --link refused by the engine",
      fix: "Drop --link (it only speeds up BuildKit rebuilds), or upgrade the engine (buildah 1.41, podman 5.6).",
      check(input) {
        const { engine } = input;
        if (!engine || engine.copyLink) return [];
        const hits = [];
        for (const stage of input.dockerfile.stages) {
          for (const instruction of stage.instructions) {
            if (instruction.getKeyword() !== "COPY" && instruction.getKeyword() !== "ADD") continue;
            const flags2 = instruction.getFlags();
            const link2 = flags2.find((flag) => flag.getName() === "link");
            if (!link2) continue;
            const range = link2.getRange();
            hits.push({ range: instruction.getRange(), message: `COPY --link: ${engine.name} ${engine.version} refuses the flag, so the build stops here.`, edits: [{ range: { start: range.start, end: { line: range.end.line, character: range.end.character + 1 } }, text: "" }] });
          }
        }
        return hits;
      }
    };
  }
});

// source/doctor/dockerignore-match.ts
function patternRegex(pattern) {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "*" && pattern[index + 1] === "*") {
      source += ".*";
      index++;
      if (pattern[index + 1] === "/") index++;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}
function ignored(path, patterns) {
  let result = false;
  for (const raw of patterns) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const negated = line.startsWith("!");
    const pattern = clean(negated ? line.slice(1) : line);
    if (pattern && patternRegex(pattern).test(path)) result = !negated;
  }
  return result;
}
var clean;
var init_dockerignore_match = __esm({
  "source/doctor/dockerignore-match.ts"() {
    "use strict";
    init_define_PACKAGE();
    clean = (pattern) => pattern.trim().replace(/^\.?\//, "").replace(/\/+$/, "");
  }
});

// source/doctor/rules/dockerignore.ts
var start, dockerignore;
var init_dockerignore2 = __esm({
  "source/doctor/rules/dockerignore.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_dockerignore_match();
    init_stage_facts();
    start = { line: 0, character: 0 };
    dockerignore = {
      code: "DIW022",
      severity: "warning",
      title: ".dockerignore missing or too open",
      fix: "Add a .dockerignore with at least **/bin/, **/obj/, **/.env and **/*.user (dotnet-image-wizard --output dockerignore prints one).",
      check(input) {
        const facts = input.dockerignore;
        const dotnet2 = buildStages(input.dockerfile).length > 0 || input.dockerfile.stages.some((stage) => imageOf3(stage));
        if (!facts || !dotnet2) return [];
        if ("missing" in facts) return [{ range: { start, end: start }, message: `no ${facts.file}: bin/ and obj/ from the host go into the build context, and obj/project.assets.json from a Windows or macOS restore breaks restore in the container.` }];
        const open2 = ["bin", "obj"].filter((folder) => !ignored(`${folder}/x`, facts.patterns));
        return open2.length === 0 ? [] : [{ range: { start, end: start }, file: facts.file, message: `${facts.file} does not exclude ${open2.map((folder) => `**/${folder}/`).join(" and ")}: host build output goes into the context (slower builds, and a host obj/ breaks restore in the container).` }];
      }
    };
  }
});

// source/doctor/rules/emulated-build.ts
var emulatedBuild2;
var init_emulated_build = __esm({
  "source/doctor/rules/emulated-build.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_build_platform();
    init_stage_facts();
    emulatedBuild2 = {
      code: "DIW008",
      severity: "warning",
      title: "Build stage under emulation",
      fix: "Run the SDK on the build machine (FROM --platform=$BUILDPLATFORM) and publish for the target (-a $TARGETARCH).",
      check(input) {
        if (input.architectures.length < 2) return [];
        return byBaseStage(buildStages(input.dockerfile)).flatMap((group) => {
          const [first] = group;
          if (!first || onBuildPlatform(first) || imageOf3(first)?.repo !== "sdk" || group.some((stage) => isAot(stage, input.project?.answers.deploy))) return [];
          const base = first.parent ? group.find((stage) => !stage.parent) ?? first : first;
          return [{
            range: (base.parent ? first : base).from.getRange(),
            message: `the image is built for ${input.architectures.join(", ")}, and the build stage has no --platform=$BUILDPLATFORM: restore and publish run under QEMU for each foreign platform (slow, and known to hang).`,
            edits: [...buildPlatformEdit(first), ...group.flatMap((stage) => [...argTargetArchEdit(stage), ...targetArchEdits(stage)])]
          }];
        });
      }
    };
  }
});

// source/doctor/rules/end-of-support.ts
var endOfSupport;
var init_end_of_support = __esm({
  "source/doctor/rules/end-of-support.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_lifecycle();
    init_stage_facts();
    endOfSupport = {
      code: "DIW003",
      severity: "error",
      title: ".NET version out of support",
      fix: "Move the project and its images to a supported .NET version.",
      check(input) {
        return input.dockerfile.stages.flatMap((stage) => {
          const image2 = imageOf3(stage);
          if (stage.parent || !image2?.dotnet) return [];
          const status = supportStatus(image2.dotnet, input.today);
          const major = Number.parseInt(image2.dotnet, 10);
          const ended = status.phase === "eol" || status.phase === "unknown" && !lifecycleOf(image2.dotnet) && major < 8;
          if (!ended) return [];
          const when = status.eolDate ? ` on ${status.eolDate}` : "";
          return [{ range: stage.from.getImageRange() ?? stage.from.getRange(), message: `.NET ${image2.dotnet} reached end of support${when}: ${image2.repo}:${image2.tag} gets no more security fixes.`, fix: `Move the project to .NET ${recommendedVersion(input.today)} (TargetFramework net${recommendedVersion(input.today)}) and use its images.` }];
        });
      }
    };
  }
});

// source/doctor/tag-edit.ts
function sameVariantTag(image2, dotnet2) {
  const rest = image2.floatingTag.split("-").slice(image2.dotnet ? 1 : 0).join("-");
  const wanted = rest ? `${dotnet2}-${rest}` : dotnet2;
  const found = activeCatalog().images.find((candidate) => candidate.repo === image2.repo && (candidate.tag === wanted || candidate.aliases.includes(wanted)));
  if (!found) return void 0;
  return image2.architecture ? `${wanted}-${platforms[image2.architecture].tagSuffix}` : wanted;
}
function nearestPublishedTag(image2) {
  const tags = activeCatalog().images.filter((candidate) => candidate.repo === image2.repo).flatMap((candidate) => [candidate.tag, ...candidate.aliases]);
  return nearestTag(image2.floatingTag, tags);
}
function tagEdit(stage, tag2) {
  if (stage.imageWritten.includes("$") || stage.imageWritten.includes("@")) return [];
  const tagRange = stage.from.getImageTagRange();
  if (tagRange) return [{ range: tagRange, text: tag2 }];
  const nameRange = stage.from.getImageNameRange();
  return nameRange ? [{ range: { start: nameRange.end, end: nameRange.end }, text: `:${tag2}` }] : [];
}
var init_tag_edit = __esm({
  "source/doctor/tag-edit.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_active();
    init_catalog();
    init_nearest_tag();
  }
});

// source/doctor/rules/floating-tag.ts
var floatingTag;
var init_floating_tag = __esm({
  "source/doctor/rules/floating-tag.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_lifecycle();
    init_stage_facts();
    init_tag_edit();
    floatingTag = {
      code: "DIW005",
      severity: "warning",
      title: "Unversioned or frozen tag",
      fix: "Use a major.minor tag (10.0, 10.0-alpine): it gets every patch and never a new major version.",
      check(input) {
        return input.dockerfile.stages.flatMap((stage) => {
          const image2 = imageOf3(stage);
          if (stage.parent || !image2 || image2.legacy || image2.windows) return [];
          const range = stage.from.getImageRange() ?? stage.from.getRange();
          if (!image2.dotnet) {
            const version3 = input.project?.answers.dotnet ?? recommendedVersion(input.today);
            const tag2 = sameVariantTag({ ...image2, floatingTag: image2.floatingTag === "latest" ? "" : image2.floatingTag }, version3);
            return [{ range, message: `${image2.repo}:${image2.tag || "latest"} names no .NET version: the next major release replaces it without warning.`, fix: tag2 ? `Use ${image2.repo}:${tag2}.` : `Use ${image2.repo}:${version3}.`, edits: tagEdit(stage, tag2 ?? version3) }];
          }
          if (image2.patch && image2.catalog) {
            return [{ range, message: `${image2.repo}:${image2.tag} is a frozen patch tag: it never gets the security fixes of later patches.`, fix: `Use ${image2.repo}:${image2.floatingTag}, which moves with every patch of .NET ${image2.dotnet}.`, edits: tagEdit(stage, image2.architecture ? image2.tag.replace(image2.patch, image2.dotnet) : image2.floatingTag) }];
          }
          return [];
        });
      }
    };
  }
});

// source/doctor/rules/framework-mismatch.ts
var frameworkMismatch;
var init_framework_mismatch = __esm({
  "source/doctor/rules/framework-mismatch.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    init_tag_edit();
    frameworkMismatch = {
      code: "DIW006",
      severity: "error",
      title: ".NET differs from the target framework",
      fix: "Use images of the .NET version the project targets.",
      check(input) {
        const wanted = input.project?.answers.dotnet;
        if (!wanted) return [];
        return input.dockerfile.stages.flatMap((stage) => {
          const image2 = imageOf3(stage);
          if (stage.parent || !image2?.dotnet || image2.legacy || image2.dotnet === wanted) return [];
          if (image2.repo === "sdk" && Number.parseFloat(image2.dotnet) > Number.parseFloat(wanted)) return [];
          const tag2 = sameVariantTag(image2, wanted);
          return [{
            range: stage.from.getImageRange() ?? stage.from.getRange(),
            message: `${image2.repo}:${image2.tag} is .NET ${image2.dotnet}, but ${input.project.file} targets ${input.project.frameworks.join(";") || `net${wanted}`}: ${image2.repo === "sdk" ? "this SDK cannot build it" : "the app will not start on this runtime"}.`,
            fix: tag2 ? `Use ${image2.repo}:${tag2}.` : `Use a .NET ${wanted} ${image2.repo} image.`,
            edits: tag2 ? tagEdit(stage, tag2) : []
          }];
        });
      }
    };
  }
});

// source/doctor/rules/globalization.ts
function installsIcu(stage) {
  return inherited(stage).some((instruction) => instruction.getKeyword() === "RUN" && instruction.getArguments().some((argument) => /^(?:icu-libs|libicu\S*)$/.test(argument.getValue())));
}
var globalization;
var init_globalization = __esm({
  "source/doctor/rules/globalization.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    globalization = {
      code: "DIW013",
      severity: "warning",
      title: "Globalization does not match the image",
      fix: "Use the -extra variant (ICU and time zone data) when the app needs cultures; the plain variant when it sets InvariantGlobalization.",
      check(input) {
        const final = finalDotnet(input.dockerfile);
        if (!final || !(final.image.distroless || final.image.os === "alpine")) return [];
        const { stage, image: image2 } = final;
        const invariantEnv = environment(stage).get("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT")?.value.toLowerCase();
        const invariantOff = invariantEnv === "false" || invariantEnv === "0";
        const wanted = invariantOff ? "icu" : input.project?.answers.globalization;
        if (!wanted || !input.project) return [];
        const range = stage.from.getImageRange() ?? stage.from.getRange();
        if (wanted === "icu" && !image2.extra && !(installsIcu(stage) && invariantOff)) {
          return [{ range, message: `${input.project.file} uses ICU (InvariantGlobalization is not true), but ${image2.repo}:${image2.tag} has no ICU and runs in invariant mode: cultures and time zones silently fall back.`, fix: `Use the -extra variant (${image2.floatingTag}-extra${image2.floatingTag.includes("-") ? "" : " style"}), or set InvariantGlobalization=true in the project.` }];
        }
        if (wanted === "invariant" && image2.extra) {
          return [{ range, severity: "note", message: `${input.project.file} sets InvariantGlobalization=true, yet ${image2.repo}:${image2.tag} ships ICU and time zone data it never loads.`, fix: `Use ${image2.floatingTag.replace("-extra", "")} (smaller).` }];
        }
        return [];
      }
    };
  }
});

// source/doctor/rules/legacy-repository.ts
var legacyRepository;
var init_legacy_repository = __esm({
  "source/doctor/rules/legacy-repository.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    legacyRepository = {
      code: "DIW002",
      severity: "error",
      title: "Retired image repository",
      fix: "Use mcr.microsoft.com/dotnet/<sdk|aspnet|runtime|runtime-deps> with a supported .NET version.",
      check(input) {
        return input.dockerfile.stages.flatMap((stage) => {
          const image2 = imageOf3(stage);
          if (stage.parent || !image2?.legacy) return [];
          return [{
            range: stage.from.getImageRange() ?? stage.from.getRange(),
            message: `${shownImage(stage, input.dockerfile)} is from a retired repository: Microsoft publishes no new images there, so it gets no security fixes.`,
            fix: `Use mcr.microsoft.com/dotnet/${image2.repo}${image2.dotnet ? " with a supported .NET version" : ""} (and move the project to that version).`
          }];
        });
      }
    };
  }
});

// source/doctor/rules/libc.ts
var libc;
var init_libc = __esm({
  "source/doctor/rules/libc.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    libc = {
      code: "DIW014",
      severity: "error",
      title: "Runtime identifier for the wrong C library",
      fix: "Alpine images use musl: linux-musl-x64 / linux-musl-arm64 (or -a with an Alpine SDK); other images use linux-x64 / linux-arm64.",
      check(input) {
        const final = finalDotnet(input.dockerfile);
        if (!final?.image.os || final.image.windows) return [];
        const musl = final.image.os === "alpine";
        const hits = [];
        for (const stage of input.dockerfile.stages) {
          for (const command of dotnetCommands(stage)) {
            const rid = option(command.words, ["-r", "--runtime"]);
            if (typeof rid !== "string" || !rid.startsWith("linux-")) continue;
            if (rid.startsWith("linux-musl-") !== musl) hits.push({ range: command.instruction.getRange(), message: `dotnet ${command.verb} -r ${rid} builds for ${musl ? "glibc" : "musl (Alpine)"}, but the final image ${final.image.repo}:${final.image.tag} uses ${musl ? "musl" : "glibc"}: native code fails to load.`, fix: `Use -r ${musl ? rid.replace("linux-", "linux-musl-") : rid.replace("linux-musl-", "linux-")}.` });
          }
        }
        const projectOs = input.project?.answers.os;
        if (projectOs === "alpine" && !musl) hits.push({ range: final.stage.from.getRange(), message: `${input.project.file} names only musl runtime identifiers (Alpine), but ${final.image.repo}:${final.image.tag} uses glibc.` });
        return hits;
      }
    };
  }
});

// source/doctor/rules/port-80.ts
var urlsOn80, port80;
var init_port_80 = __esm({
  "source/doctor/rules/port-80.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    urlsOn80 = /^(https?:\/\/[^;]*?):80(?=$|[;/])/;
    port80 = {
      code: "DIW017",
      severity: "error",
      title: "Port 80 on a non-root image",
      fix: "Listen and EXPOSE on 8080 (ASPNETCORE_HTTP_PORTS=8080, the images' default from .NET 8).",
      check(input) {
        const final = finalDotnet(input.dockerfile);
        if (!final || final.image.repo === "sdk") return [];
        const { stage, image: image2 } = final;
        const env = environment(stage);
        const urls = env.get("ASPNETCORE_URLS");
        const ports = env.get("ASPNETCORE_HTTP_PORTS");
        const listensOn80 = urls && urls.value.split(";").some((url) => urlsOn80.test(url)) || ports?.value.split(";").includes("80");
        const nonRoot = !runsAsRoot(stage);
        const modern = image2.dotnet !== void 0 && Number.parseFloat(image2.dotnet) >= 8;
        const hits = [];
        const portEdits = [];
        if (urls && urls.value.split(";").some((url) => urlsOn80.test(url))) portEdits.push({ range: urls.range, text: urls.value.split(";").map((url) => url.replace(urlsOn80, "$1:8080")).join(";") });
        if (ports?.value === "80") portEdits.push({ range: ports.range, text: "8080" });
        const exposes = inherited(stage).filter((instruction) => instruction.getKeyword() === "EXPOSE").flatMap((instruction) => instruction.getArguments()).filter((argument) => /^80(?:\/tcp)?$/.test(argument.getValue()));
        const exposeEdits = exposes.map((argument) => ({ range: argument.getRange(), text: argument.getValue().replace(/^80/, "8080") }));
        if (listensOn80 && nonRoot) {
          hits.push({ range: (urls ?? ports).instruction.getRange(), message: 'the app is told to listen on port 80, but it does not run as root: binding a port below 1024 fails with "permission denied" at start-up.', edits: [...portEdits, ...exposeEdits] });
        } else if (!listensOn80 && exposes.length > 0 && modern && image2.repo === "aspnet") {
          hits.push({ range: exposes[0].getRange(), message: `EXPOSE 80, but the .NET ${image2.dotnet} aspnet image listens on 8080 (ASPNETCORE_HTTP_PORTS): a published port 80 reaches nothing.`, edits: exposeEdits });
        } else if (listensOn80 && !nonRoot && modern) {
          hits.push({ range: (urls ?? ports).instruction.getRange(), severity: "warning", message: "the app listens on port 80, which only works as root: moving to a non-root user (USER $APP_UID) will break it.", edits: [...portEdits, ...exposeEdits] });
        }
        return hits;
      }
    };
  }
});

// source/doctor/rules/preview.ts
var preview;
var init_preview = __esm({
  "source/doctor/rules/preview.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_lifecycle();
    init_stage_facts();
    preview = {
      code: "DIW004",
      severity: "warning",
      title: "Preview .NET",
      fix: "Ship on a supported release; keep previews for trying things out.",
      check(input) {
        return input.dockerfile.stages.flatMap((stage) => {
          const image2 = imageOf3(stage);
          if (stage.parent || !image2?.dotnet || supportStatus(image2.dotnet, input.today).phase !== "preview") return [];
          const ga = lifecycleOf(image2.dotnet)?.gaDate;
          return [{ range: stage.from.getImageRange() ?? stage.from.getRange(), message: `.NET ${image2.dotnet} is a preview${ga ? ` (due to be released on ${ga})` : ""}: not supported in production, and its tags change with every preview.` }];
        });
      }
    };
  }
});

// source/doctor/rules/recommendation.ts
var recommendation;
var init_recommendation = __esm({
  "source/doctor/rules/recommendation.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_recommend();
    init_stage_facts();
    recommendation = {
      code: "DIW023",
      severity: "note",
      title: "We would pick another image",
      fix: "Run dotnet-image-wizard in the project to see the full recommendation and generate a Dockerfile.",
      check(input) {
        const final = finalDotnet(input.dockerfile);
        const project = input.project;
        if (!final?.image.catalog || !project?.answers.app || final.image.repo === "sdk") return [];
        const { image: image2 } = final;
        const said = project.answers;
        const invariantEnv = environment(final.stage).get("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT")?.value.toLowerCase();
        const answers = {
          dotnet: said.dotnet ?? image2.catalog.dotnet,
          app: said.app,
          deploy: said.deploy ?? (image2.repo === "runtime-deps" ? "self-contained" : "framework"),
          startup: said.startup ?? (image2.catalog.composite ? "composite" : "jit"),
          shell: image2.distroless ? "no" : "yes",
          globalization: invariantEnv === "false" || invariantEnv === "0" ? "icu" : said.globalization ?? (image2.extra ? "icu" : "invariant"),
          os: image2.os ?? "ubuntu",
          arch: input.architectures
        };
        const outcome = recommend(answers, input.today);
        if (!outcome.ok) return [];
        const picked = outcome.recommendation.runtime.image;
        if (picked.repo === image2.repo && picked.tag === image2.catalog.tag) return [];
        return [{
          range: final.stage.from.getImageRange() ?? final.stage.from.getRange(),
          message: `for this project we would pick ${picked.repo}:${picked.tag} instead of ${image2.repo}:${image2.tag}: ${outcome.recommendation.runtime.reasons.join("; ")}.`
        }];
      }
    };
  }
});

// source/doctor/rules/restore-layer.ts
function wholeContext(words3) {
  const plain = words3.filter((word) => !word.startsWith("--")).map((word) => word.replaceAll(/[[\]",]/g, "")).filter(Boolean);
  return plain.slice(0, -1).some((source) => source === "." || source === "./" || source === "*");
}
var restoreLayer;
var init_restore_layer = __esm({
  "source/doctor/rules/restore-layer.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    restoreLayer = {
      code: "DIW018",
      severity: "warning",
      title: "Restore layer invalidated by every change",
      fix: "COPY the project files (*.csproj, Directory.*.props, NuGet.config) first, RUN dotnet restore, then COPY the rest.",
      check(input) {
        return buildStages(input.dockerfile).flatMap((stage) => {
          const restore = dotnetCommands(stage).find((command) => command.verb === "restore");
          if (!restore) return [];
          const before = stage.instructions.slice(0, stage.instructions.indexOf(restore.instruction));
          const whole = before.find((instruction) => (instruction.getKeyword() === "COPY" || instruction.getKeyword() === "ADD") && copiedFrom(instruction) === void 0 && wholeContext(instruction.getArguments().map((argument) => argument.getValue())));
          return whole ? [{ range: whole.getRange(), message: "the whole build context is copied before dotnet restore: any source change invalidates the restore layer, so every build downloads all packages again." }] : [];
        });
      }
    };
  }
});

// source/doctor/rules/restore-publish.ts
var configuration, restorePublish;
var init_restore_publish = __esm({
  "source/doctor/rules/restore-publish.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    configuration = (command) => {
      const value = option(command.words, ["-c", "--configuration"]);
      return typeof value === "string" ? value : void 0;
    };
    restorePublish = {
      code: "DIW019",
      severity: "error",
      title: "Restore and publish disagree",
      fix: "Give restore the runtime identifier options publish uses (-a/-r), and build and publish the same configuration.",
      check(input) {
        return buildStages(input.dockerfile).flatMap((stage) => {
          const chain = [];
          for (let current = stage; current; current = current.parent) chain.unshift(current);
          const commands2 = chain.flatMap((member) => dotnetCommands(member));
          const hits = [];
          for (const [index, command] of commands2.entries()) {
            if (command.verb !== "publish" || !stage.instructions.includes(command.instruction)) continue;
            const earlier = commands2.slice(0, index);
            const restore = earlier.filter((candidate) => candidate.verb === "restore").at(-1);
            if (restore && command.words.includes("--no-restore")) {
              const published = ridWords(command.words);
              const restored = ridWords(restore.words);
              if (published.join(" ") !== restored.join(" ")) {
                const missing = published.filter((word) => !restored.includes(word));
                hits.push({
                  range: command.instruction.getRange(),
                  message: `dotnet publish --no-restore ${published.length ? `for ${published.join(" ")}` : "with no runtime identifier"}, but restore ran ${restored.length ? `for ${restored.join(" ")}` : "with none"}: publish fails with NETSDK1047 (no target for that runtime in the assets file).`,
                  edits: restored.length === 0 && missing.length > 0 ? [{ range: { start: restore.end, end: restore.end }, text: ` ${missing.join(" ")}` }] : []
                });
              }
            }
            const build = earlier.filter((candidate) => candidate.verb === "build").at(-1);
            if (build && command.words.includes("--no-build")) {
              const built = configuration(build) ?? "Debug";
              const publishing = configuration(command) ?? "Release";
              if (built !== publishing) hits.push({ range: command.instruction.getRange(), message: `dotnet publish --no-build publishes ${publishing}, but dotnet build built ${built}: publish finds no ${publishing} output.`, fix: `Pass the same -c to both (-c ${publishing} on dotnet build).` });
            }
          }
          return hits;
        });
      }
    };
  }
});

// source/doctor/rules/root-user.ts
var hasAppUid, rootUser;
var init_root_user = __esm({
  "source/doctor/rules/root-user.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_stage_facts();
    hasAppUid = (dotnet2) => dotnet2 !== void 0 && Number.parseFloat(dotnet2) >= 8 && dotnetVersions().includes(dotnet2);
    rootUser = {
      code: "DIW015",
      severity: "warning",
      title: "Runs as root",
      fix: "Add USER $APP_UID before ENTRYPOINT (the non-root user of the .NET 8+ images).",
      check(input) {
        const final = finalDotnet(input.dockerfile);
        if (!final || final.image.repo === "sdk" || !runsAsRoot(final.stage)) return [];
        const user = userOf(final.stage);
        const start2 = inherited(final.stage).find((instruction) => instruction.getKeyword() === "ENTRYPOINT" || instruction.getKeyword() === "CMD");
        const canFix = hasAppUid(final.image.dotnet) && start2 !== void 0 && final.stage.instructions.includes(start2);
        const edits2 = !canFix ? [] : user ? [{ range: user.instruction.getRange(), text: "USER $APP_UID" }] : [{ range: { start: start2.getRange().start, end: start2.getRange().start }, text: "USER $APP_UID\n" }];
        return [{ range: (user?.instruction ?? final.stage.from).getRange(), message: `the app runs as root${user ? ` (USER ${user.value})` : ""}: a flaw in it owns the whole container, and Kubernetes runAsNonRoot refuses it.`, ...hasAppUid(final.image.dotnet) ? {} : { fix: "Create a user with a fixed numeric UID and switch to it with USER <uid>." }, edits: edits2 }];
      }
    };
  }
});

// source/doctor/rules/runtime-repository.ts
var selfContainedWords, runtimeRepository;
var init_runtime_repository = __esm({
  "source/doctor/rules/runtime-repository.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    selfContainedWords = (words3) => option(words3, ["--self-contained", "--sc"]) !== void 0 && option(words3, ["--self-contained", "--sc"]) !== "false" || words3.some((word) => /^[-/]p(?:roperty)?:(?:PublishAot|SelfContained|PublishSelfContained)=true$/i.test(word));
    runtimeRepository = {
      code: "DIW012",
      severity: "error",
      title: "Runtime image does not fit the app",
      fix: "aspnet for an ASP.NET Core app, runtime for a console or worker app, runtime-deps for self-contained and Native AOT apps.",
      check(input) {
        const final = finalDotnet(input.dockerfile);
        if (!final || final.image.repo === "sdk") return [];
        const { stage, image: image2 } = final;
        const range = stage.from.getImageRange() ?? stage.from.getRange();
        const app = input.project?.answers.app;
        const deploy = input.project?.answers.deploy;
        const start2 = startCommand(stage);
        const hits = [];
        if (image2.repo === "runtime-deps") {
          const runsDotnet = start2?.words[0] === "dotnet";
          const publishedSelfContained = buildStages(input.dockerfile).some((build) => dotnetCommands(build).some((command) => command.verb === "publish" && selfContainedWords(command.words)));
          if (runsDotnet) hits.push({ range: start2.instruction.getRange(), message: `${start2.instruction.getKeyword()} runs "dotnet", but runtime-deps has no .NET runtime: the container cannot start.`, fix: "Publish self-contained (or Native AOT) and start ./App, or use the runtime/aspnet image." });
          else if (deploy === "framework" && !publishedSelfContained) hits.push({ range, message: `${input.project.file} publishes framework-dependent, and runtime-deps has no .NET runtime to run it.`, fix: `Use ${app === "web" ? "aspnet" : "runtime"}:${image2.floatingTag}, or publish self-contained (--self-contained).` });
        } else if (image2.repo === "runtime" && app === "web" && deploy !== "aot" && deploy !== "self-contained") {
          hits.push({ range, message: `${input.project.file} is an ASP.NET Core app, and the runtime image has no ASP.NET Core framework: the app fails at start-up.`, fix: `Use aspnet:${image2.floatingTag}.` });
        } else if (image2.repo === "aspnet" && app === "console" && deploy === "framework") {
          hits.push({ range, severity: "warning", message: `${input.project.file} is a console app: the aspnet image carries ASP.NET Core, which it never loads.`, fix: `Use runtime:${image2.floatingTag} (smaller, fewer packages to patch).` });
        }
        return hits;
      }
    };
  }
});

// source/doctor/rules/sdk-final.ts
var sdkFinal;
var init_sdk_final = __esm({
  "source/doctor/rules/sdk-final.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    sdkFinal = {
      code: "DIW007",
      severity: "error",
      title: "SDK in the final stage",
      fix: "Publish in an sdk stage and copy the output into an aspnet, runtime or runtime-deps stage.",
      check(input) {
        const final = finalDotnet(input.dockerfile);
        if (!final || final.image.repo !== "sdk") return [];
        return [{ range: final.stage.from.getRange(), message: `the final stage runs on the SDK image (${final.image.tag || "latest"}): several hundred MB more, with compilers and tools an attacker can use, in production.` }];
      }
    };
  }
});

// source/doctor/rules/secrets.ts
var sources, secrets;
var init_secrets = __esm({
  "source/doctor/rules/secrets.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_dockerignore_match();
    init_stage_facts();
    sources = (words3) => words3.filter((word) => !word.startsWith("--")).map((word) => word.replaceAll(/[[\]",]/g, "")).filter(Boolean).slice(0, -1);
    secrets = {
      code: "DIW021",
      severity: "error",
      title: "Secret copied into a layer",
      fix: "Keep it out of the context (.dockerignore) and pass it at build time: RUN --mount=type=secret,id=nuget (BuildKit/podman/buildah).",
      check(input) {
        if (input.secrets.length === 0) return [];
        const patterns = input.dockerignore && "patterns" in input.dockerignore ? input.dockerignore.patterns : [];
        const hits = [];
        for (const stage of input.dockerfile.stages) {
          for (const instruction of stage.instructions) {
            if (instruction.getKeyword() !== "COPY" && instruction.getKeyword() !== "ADD" || copiedFrom(instruction) !== void 0) continue;
            const copied = sources(instruction.getArguments().map((argument) => argument.getValue()));
            const leaked = input.secrets.filter((secret) => !ignored(secret.path, patterns) && copied.some((source) => {
              const folder = source.replace(/^\.\/?/, "").replace(/\/\.?$/, "");
              return folder === "" || folder === "*" || secret.path === folder || secret.path.startsWith(`${folder}/`) || secret.path.toLowerCase() === folder.toLowerCase();
            }));
            for (const secret of leaked) hits.push({ range: instruction.getRange(), message: `this COPY puts ${secret.path} (${secret.why}) into an image layer: anyone who pulls the image can read it, even if a later step deletes it.` });
          }
        }
        return hits;
      }
    };
  }
});

// source/doctor/rules/shell-less.ts
var shellLess;
var init_shell_less = __esm({
  "source/doctor/rules/shell-less.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    shellLess = {
      code: "DIW011",
      severity: "error",
      title: "Shell command in a shell-less stage",
      fix: 'Do the work in the build stage (or pick an image with a shell), and write CMD/ENTRYPOINT in exec form: ["./app"].',
      check(input) {
        return input.dockerfile.stages.flatMap((stage) => {
          const image2 = imageOf3(stage);
          if (!image2?.distroless) return [];
          const hits = [];
          for (const instruction of stage.instructions) {
            const keyword = instruction.getKeyword();
            if (keyword === "RUN") {
              const heredoc = instruction.getHeredocs?.().length ?? 0;
              hits.push({ range: instruction.getRange(), message: `RUN in a stage on ${image2.repo}:${image2.tag}, which has no shell${heredoc ? "" : " (/bin/sh)"}: the build fails here.` });
            } else if ((keyword === "CMD" || keyword === "ENTRYPOINT") && instruction.getJSONStrings().length === 0 && instruction.getArguments().length > 0) {
              hits.push({ range: instruction.getRange(), message: `shell-form ${keyword} on ${image2.repo}:${image2.tag}, which has no /bin/sh: the container cannot start.`, fix: `Write it in exec form: ${keyword} ${JSON.stringify(instruction.getArguments().map((argument) => argument.getValue()))}.` });
            }
          }
          return hits;
        });
      }
    };
  }
});

// source/doctor/rules/target-arch.ts
var targetArch;
var init_target_arch = __esm({
  "source/doctor/rules/target-arch.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_build_platform();
    init_stage_facts();
    targetArch = {
      code: "DIW010",
      severity: "error",
      title: "Target architecture not passed to dotnet",
      fix: "Declare ARG TARGETARCH in the stage and pass -a $TARGETARCH to restore and publish.",
      check(input) {
        const shipped = shippedStages(input.dockerfile);
        return buildStages(input.dockerfile).filter((stage) => shipped.has(stage)).flatMap((stage) => {
          const hits = [];
          if (!onBuildPlatform(stage)) return hits;
          const missing = commandsWithoutRid(stage);
          if (missing.length > 0) {
            hits.push({ range: missing[0].instruction.getRange(), message: `the stage runs on $BUILDPLATFORM but dotnet ${missing.map((command) => command.verb).join(" and ")} name${missing.length === 1 ? "s" : ""} no target (-a/-r): the app is published for the build machine's architecture, whatever platform the image is for.`, edits: [...targetArchEdits(stage), ...argTargetArchEdit(stage)] });
          } else if (stageUses(stage, "TARGETARCH") && !declaresArg(stage, "TARGETARCH")) {
            hits.push({ range: stage.from.getRange(), message: "$TARGETARCH is used but the stage declares no ARG TARGETARCH: it is empty (BuildKit and podman set it only for a declared ARG).", edits: argTargetArchEdit(stage) });
          }
          return hits;
        });
      }
    };
  }
});

// source/doctor/rules/unknown-tag.ts
var unknownTag;
var init_unknown_tag = __esm({
  "source/doctor/rules/unknown-tag.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_stage_facts();
    init_tag_edit();
    unknownTag = {
      code: "DIW001",
      severity: "error",
      title: "Tag not published",
      fix: "Use a tag the official repository publishes (the nearest one is named).",
      check(input) {
        return input.dockerfile.stages.flatMap((stage) => {
          const image2 = imageOf3(stage);
          if (stage.parent || !image2 || image2.legacy || image2.windows || !image2.dotnet || !dotnetVersions().includes(image2.dotnet)) return [];
          const range = stage.from.getImageRange() ?? stage.from.getRange();
          if (!image2.catalog) {
            if (image2.digest) return [];
            const nearest = nearestPublishedTag(image2);
            return [{ range, message: `${shownImage(stage, input.dockerfile)}: mcr.microsoft.com/dotnet/${image2.repo} publishes no tag ${image2.tag}${nearest ? `; the nearest is ${nearest}` : ""}.`, ...nearest ? { fix: `Use ${image2.repo}:${nearest}.`, edits: image2.patch ? [] : tagEdit(stage, nearest) } : {} }];
          }
          const missing = input.architecturesFrom === "unknown" || image2.architecture ? [] : input.architectures.filter((architecture2) => !image2.catalog.architectures.includes(architecture2));
          if (stage.platform?.includes("BUILDPLATFORM") || missing.length === 0) return [];
          return [{ range, message: `${image2.repo}:${image2.tag} is not published for ${missing.join(", ")}, which the image is built for (${input.architecturesFrom === "flag" ? "--arch" : input.architecturesFrom === "project" ? "the project's runtime identifiers" : "the Dockerfile"}).`, fix: `Build for ${image2.catalog.architectures.join(", ")} only, or pick a variant published for ${missing.join(", ")}.` }];
        });
      }
    };
  }
});

// source/doctor/rules/user-by-name.ts
var userByName;
var init_user_by_name = __esm({
  "source/doctor/rules/user-by-name.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_stage_facts();
    init_root_user();
    userByName = {
      code: "DIW016",
      severity: "warning",
      title: "USER by name",
      fix: "Name the user by its numeric UID: USER $APP_UID.",
      check(input) {
        const final = finalDotnet(input.dockerfile);
        const user = final ? userOf(final.stage) : void 0;
        if (!final || !user || /^\$|^\d/.test(user.value) || /^(?:root)(?::.*)?$/.test(user.value)) return [];
        const name = user.value.split(":")[0];
        const ours = name === "app" && hasAppUid(final.image.dotnet);
        return [{
          range: user.instruction.getRange(),
          message: `USER ${user.value} names the user, not its UID: Kubernetes runAsNonRoot cannot verify a name and refuses to start the pod.`,
          fix: ours ? "Use USER $APP_UID (the UID of the image's app user, 1654)." : `Use the numeric UID of ${name} (USER <uid>)${hasAppUid(final.image.dotnet) ? ", or the image's own non-root user: USER $APP_UID" : ""}.`,
          edits: ours ? [{ range: user.instruction.getRange(), text: "USER $APP_UID" }] : []
        }];
      }
    };
  }
});

// source/doctor/rules/vanished-pin.ts
var vanishedPin;
var init_vanished_pin = __esm({
  "source/doctor/rules/vanished-pin.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog();
    init_stage_facts();
    init_tag_edit();
    vanishedPin = {
      code: "DIW024",
      severity: "error",
      title: "Pinned tag no longer published",
      fix: "Pin the nearest current tag again (dotnet-image-wizard --pin writes tag@sha256 from the registry).",
      check(input) {
        return input.dockerfile.stages.flatMap((stage) => {
          const image2 = imageOf3(stage);
          if (stage.parent || !image2?.digest || image2.catalog || image2.legacy || image2.windows || !image2.dotnet || !dotnetVersions().includes(image2.dotnet)) return [];
          const nearest = nearestPublishedTag(image2);
          const range = stage.from.getImageRange() ?? stage.from.getRange();
          const pinned = shownImage(stage, input.dockerfile).split("@")[0];
          return [{
            range,
            message: `${pinned} is pinned by digest, but mcr.microsoft.com/dotnet/${image2.repo} no longer publishes the tag ${image2.tag}: the digest pulls an image that gets no more patches, and update bots cannot move it${nearest ? `; the nearest current tag is ${nearest}` : ""}.`,
            ...nearest ? { fix: `Pin ${image2.repo}:${nearest} again: dotnet-image-wizard --pin writes it as ${image2.repo}:${nearest}@sha256:\u2026 from the registry.` } : {}
          }];
        });
      }
    };
  }
});

// source/doctor/rules/rules.ts
var rules;
var init_rules = __esm({
  "source/doctor/rules/rules.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_aot_emulation();
    init_copy_link();
    init_dockerignore2();
    init_emulated_build();
    init_end_of_support();
    init_floating_tag();
    init_framework_mismatch();
    init_globalization();
    init_legacy_repository();
    init_libc();
    init_port_80();
    init_preview();
    init_recommendation();
    init_restore_layer();
    init_restore_publish();
    init_root_user();
    init_runtime_repository();
    init_sdk_final();
    init_secrets();
    init_shell_less();
    init_target_arch();
    init_unknown_tag();
    init_user_by_name();
    init_vanished_pin();
    rules = [
      unknownTag,
      vanishedPin,
      legacyRepository,
      endOfSupport,
      preview,
      floatingTag,
      frameworkMismatch,
      sdkFinal,
      emulatedBuild2,
      aotEmulation,
      targetArch,
      shellLess,
      runtimeRepository,
      globalization,
      libc,
      rootUser,
      userByName,
      port80,
      restoreLayer,
      restorePublish,
      copyLink,
      secrets,
      dockerignore,
      recommendation
    ];
  }
});

// source/doctor/doctor.ts
function diagnose(input) {
  const findings = [];
  for (const rule of rules) {
    for (const hit of rule.check(input)) {
      findings.push({
        code: rule.code,
        severity: hit.severity ?? rule.severity,
        file: hit.file ?? input.file,
        line: hit.range.start.line + 1,
        column: hit.range.start.character + 1,
        message: hit.message,
        fix: hit.fix ?? rule.fix,
        edits: hit.edits ?? []
      });
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code));
}
var init_doctor = __esm({
  "source/doctor/doctor.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_rules();
  }
});

// source/doctor/inputs.ts
async function kindOf(target) {
  try {
    return (await stat(target)).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}
async function dockerfilesIn(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && isDockerfileName(entry.name)).map((entry) => node_path_default.join(folder, entry.name)).sort();
}
async function dockerfilesToCheck(paths, options2) {
  const shown3 = (target) => node_path_default.relative(options2.cwd, target) || ".";
  if (paths.length === 0) {
    const located = await locateProject(options2.cwd, options2.project);
    const folders = located.kind === "found" ? [.../* @__PURE__ */ new Set([node_path_default.dirname(located.file), options2.cwd])] : [options2.cwd];
    for (const folder of folders) {
      const found = await dockerfilesIn(folder);
      if (found.length > 0) return found;
    }
    throw new InputError(`no Dockerfile in ${folders.map(shown3).join(" or ")}: pass one (doctor path/to/Dockerfile), or run dotnet-image-wizard without doctor to generate one.`);
  }
  const files = [];
  for (const given of paths) {
    const target = node_path_default.resolve(options2.cwd, given);
    const kind = await kindOf(target);
    if (kind === "missing") throw new InputError(`${given}: no such file or folder.`);
    if (kind === "file") files.push(target);
    else {
      const found = await dockerfilesIn(target);
      if (found.length === 0) throw new InputError(`${given}: no Dockerfile in this folder.`);
      files.push(...found);
    }
  }
  return [...new Set(files)];
}
async function readIfThere(file, shownAs) {
  if (await kindOf(file) !== "file") return void 0;
  return readInputFile(file, { shownAs, maxBytes });
}
async function dockerignoreFor(dockerfile, context, shown3) {
  for (const candidate of [`${dockerfile}.dockerignore`, node_path_default.join(context, ".dockerignore")]) {
    const text3 = await readIfThere(candidate, shown3(candidate));
    if (text3 !== void 0) return { file: shown3(candidate), patterns: text3.split(/\r?\n/) };
  }
  return { missing: true, file: shown3(node_path_default.join(context, ".dockerignore")) };
}
async function secretsIn(context) {
  const found = [];
  let seen = 0;
  const walk2 = async (folder, depth) => {
    if (depth > 5 || seen > 5e3) return;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      seen++;
      const full = node_path_default.join(folder, entry.name);
      const relative = node_path_default.relative(context, full).split(node_path_default.sep).join("/");
      if (entry.isDirectory() && !skippedFolders.has(entry.name)) await walk2(full, depth + 1);
      if (!entry.isFile()) continue;
      if (entry.name === ".env" || /^\.env\./.test(entry.name) && !/\.(?:example|sample|template)$/.test(entry.name)) found.push({ path: relative, why: "environment secrets" });
      else if (/\.pfx$|\.p12$/i.test(entry.name)) found.push({ path: relative, why: "a certificate with its private key" });
      else if (entry.name.toLowerCase() === "nuget.config") {
        const text3 = await readInputFile(full, { shownAs: relative, maxBytes }).catch(() => "");
        if (/<packageSourceCredentials>\s*<[^/]/i.test(text3)) found.push({ path: relative, why: "a NuGet.config with packageSourceCredentials" });
      }
    }
  };
  await walk2(context, 0);
  return found;
}
async function projectFacts(folder, options2, notes) {
  const shown3 = (file) => node_path_default.relative(options2.cwd, file) || node_path_default.basename(file);
  const located = await locateProject(options2.project ? options2.cwd : folder, options2.project);
  if (located.kind === "none") return void 0;
  if (located.kind === "choose") {
    notes.push(`${located.reason}: the Dockerfile is checked without a project (pass --project to judge it against one).`);
    return void 0;
  }
  try {
    const detection = await detectProject(located.file, options2.cwd, { ...options2.detect ? { detect: options2.detect } : {} });
    return {
      file: shown3(located.file),
      evaluator: detection.evaluator,
      answers: detection.layer.values,
      frameworks: detection.frameworks,
      notes: detection.notes
    };
  } catch (error) {
    notes.push(`${shown3(located.file)} could not be read (${error.message.split("\n")[0]}): the Dockerfile is checked without it.`);
    return void 0;
  }
}
function platformsOf2(dockerfile, project, options2) {
  if (options2.arch) return { architectures: options2.arch, architecturesFrom: "flag" };
  const fromProject = project?.answers.arch?.split(",").filter((architecture2) => architectures.includes(architecture2));
  if (fromProject && fromProject.length > 0) return { architectures: fromProject, architecturesFrom: "project" };
  if (usesTargetPlatform(dockerfile)) return { architectures: ["amd64", "arm64"], architecturesFrom: "dockerfile" };
  return { architectures: ["amd64"], architecturesFrom: "unknown" };
}
async function gatherInput(file, options2) {
  const shown3 = (target) => node_path_default.relative(options2.cwd, target) || node_path_default.basename(target);
  const text3 = await readInputFile(file, { shownAs: shown3(file), maxBytes });
  const dockerfile = parseDockerfile(text3);
  if (dockerfile.stages.length === 0) throw new InputError(`${shown3(file)} has no FROM instruction: it is not a Dockerfile.`);
  const notes = [];
  const context = node_path_default.dirname(file);
  const project = await projectFacts(context, options2, notes);
  return {
    path: file,
    text: text3,
    notes: [...notes, ...project?.notes ?? []],
    input: {
      file: shown3(file),
      dockerfile,
      dockerignore: await dockerignoreFor(file, context, shown3),
      secrets: await secretsIn(context),
      ...project ? { project } : {},
      ...platformsOf2(dockerfile, project, options2),
      ...options2.engine ? { engine: options2.engine } : {},
      today: options2.today
    }
  };
}
var maxBytes, isDockerfileName, skippedFolders, usesTargetPlatform;
var init_inputs = __esm({
  "source/doctor/inputs.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_promises();
    init_node_path();
    init_catalog();
    init_resolve();
    init_dockerfile2();
    init_detect();
    init_locate();
    init_input_file();
    maxBytes = 1024 * 1024;
    isDockerfileName = (name) => /^(?:Dockerfile|Containerfile)(?:\..+)?$/.test(name) || /\.(?:Dockerfile|dockerfile)$/.test(name);
    skippedFolders = /* @__PURE__ */ new Set([".git", "bin", "obj", "node_modules", ".vs", ".idea"]);
    usesTargetPlatform = (dockerfile) => /\$\{?(?:TARGETARCH|TARGETPLATFORM|BUILDPLATFORM)\b/.test(dockerfile.ast.getInstructions().map((instruction) => instruction.getRawArgumentsContent() ?? "").join("\n"));
  }
});

// source/doctor/report/diff.ts
function commonLines(a, b) {
  const table = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i2 = a.length - 1; i2 >= 0; i2--) for (let j2 = b.length - 1; j2 >= 0; j2--) table[i2][j2] = a[i2] === b[j2] ? table[i2 + 1][j2 + 1] + 1 : Math.max(table[i2 + 1][j2], table[i2][j2 + 1]);
  const steps = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      steps.push(["=", a[i]]);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[i + 1][j] >= table[i][j + 1])) steps.push(["-", a[i++]]);
    else steps.push(["+", b[j++]]);
  }
  return steps;
}
function unifiedDiff(before, after, file, context = 3) {
  if (before === after) return "";
  const a = before.split("\n");
  const b = after.split("\n");
  const steps = commonLines(a, b);
  const lines2 = [`--- ${file}`, `+++ ${file}`];
  let index = 0;
  while (index < steps.length) {
    if (steps[index][0] === "=") {
      index++;
      continue;
    }
    let start2 = Math.max(0, index - context);
    let end = index;
    while (end < steps.length) {
      let next = end;
      while (next < steps.length && steps[next][0] !== "=") next++;
      let gap = next;
      while (gap < steps.length && steps[gap][0] === "=") gap++;
      if (gap < steps.length && gap - next <= context * 2) end = gap;
      else {
        end = Math.min(steps.length, next + context);
        break;
      }
    }
    const hunk = steps.slice(start2, end);
    const oldStart = steps.slice(0, start2).filter((step2) => step2[0] !== "+").length + 1;
    const newStart = steps.slice(0, start2).filter((step2) => step2[0] !== "-").length + 1;
    const oldCount = hunk.filter((step2) => step2[0] !== "+").length;
    const newCount = hunk.filter((step2) => step2[0] !== "-").length;
    lines2.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const [kind, text3] of hunk) lines2.push(`${kind === "=" ? " " : kind}${text3}`);
    index = end;
    start2 = end;
  }
  return `${lines2.join("\n")}
`;
}
var init_diff = __esm({
  "source/doctor/report/diff.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/doctor/report/fix.ts
function offsetOf(lineStarts, position) {
  return (lineStarts[position.line] ?? lineStarts.at(-1)) + position.character;
}
function applyEdits(text3, edits2) {
  const lineStarts = [0];
  for (let index = 0; index < text3.length; index++) if (text3[index] === "\n") lineStarts.push(index + 1);
  const placed = edits2.map((edit) => ({ start: offsetOf(lineStarts, edit.range.start), end: offsetOf(lineStarts, edit.range.end), text: edit.text }));
  const unique = placed.filter((edit, index) => placed.findIndex((other) => other.start === edit.start && other.end === edit.end && other.text === edit.text) === index);
  const ordered = unique.map((edit, index) => ({ ...edit, index })).sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text3;
  let floor = Number.POSITIVE_INFINITY;
  for (const edit of ordered) {
    if (edit.end > floor) continue;
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    floor = edit.start;
  }
  return result;
}
var fixedText;
var init_fix = __esm({
  "source/doctor/report/fix.ts"() {
    "use strict";
    init_define_PACKAGE();
    fixedText = (text3, findings, file) => applyEdits(text3, findings.filter((finding) => finding.file === file).flatMap((finding) => finding.edits));
  }
});

// source/session/dockerfile-check.ts
async function checkExistingDockerfile(session) {
  const project = session.located.kind === "found" ? session.located.file : void 0;
  const options2 = { cwd: session.cwd, today: session.today, detect: "xml", ...project ? { project } : {} };
  const [file] = await dockerfilesToCheck([], options2).catch(() => []);
  if (!file) return void 0;
  const checked = await gatherInput(file, options2);
  const findings = diagnose(checked.input);
  const fixed2 = fixedText(checked.text, findings, checked.input.file);
  return { file: checked.input.file, path: checked.path, findings, fixed: fixed2, diff: unifiedDiff(checked.text, fixed2, checked.input.file) };
}
async function applyDockerfileFixes(check2) {
  await writeFileSet([{ path: check2.path, content: check2.fixed }], { force: true });
}
var init_dockerfile_check = __esm({
  "source/session/dockerfile-check.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_doctor();
    init_inputs();
    init_diff();
    init_fix();
    init_write_files();
  }
});

// source/ui/plain/plain-doctor-offer.ts
async function offerDoctor(session, say, ask) {
  const check2 = await checkExistingDockerfile(session);
  if (!check2) return "generate";
  say();
  say(`This project already has a Dockerfile: ${check2.file}`);
  say("  1. Check the existing Dockerfile: findings in .NET terms, each with its fix; the safe fixes can be applied");
  say("  2. Generate a new one: answer the questions and get a new Dockerfile (the existing one is kept unless you overwrite it)");
  if (await pick(ask, say, "Answer 1-2 [1]:", 2, 1) === 2) return "generate";
  say();
  say(`${check2.file}: ${check2.findings.length === 0 ? "no findings" : `${check2.findings.length} finding${check2.findings.length === 1 ? "" : "s"}`}`);
  for (const finding of check2.findings) {
    say(`  ${finding.severity} ${finding.code} line ${finding.line}: ${finding.message}`);
    say(`    fix: ${finding.fix}`);
  }
  const fixable = check2.diff !== "";
  if (fixable) {
    say("What the safe fixes change:");
    say(check2.diff.trimEnd());
  }
  const choices = [
    ...fixable ? [{ value: "apply", text: `Apply these fixes: rewrite ${check2.file} as shown (comments and order kept)` }] : [],
    { value: "generate", text: "Generate a new one instead: go on to the questions" },
    { value: "done", text: "Done: leave the Dockerfile as it is" }
  ];
  choices.forEach((choice, index) => say(`  ${index + 1}. ${choice.text}`));
  const chosen = choices[await pick(ask, say, `Answer 1-${choices.length} [1]:`, choices.length, 1) - 1].value;
  if (chosen === "generate") return "generate";
  if (chosen === "apply") {
    await applyDockerfileFixes(check2);
    say(`fixed ${check2.file}`);
  }
  return 0;
}
var init_plain_doctor_offer = __esm({
  "source/ui/plain/plain-doctor-offer.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_dockerfile_check();
    init_plain_lines();
  }
});

// source/ui/plain/plain-preview.ts
function showFiles(changes2, say) {
  for (const change of changes2) {
    say();
    if (change.status === "new") {
      say(`--- ${change.file.name} (new)`);
      say(change.file.content.trimEnd());
    } else if (change.status === "changed") {
      say(`--- ${change.file.name} (changes against the file there, +${change.added} \u2212${change.removed})`);
      say(change.diff);
    } else {
      say(`--- ${change.file.name}: exists, unchanged`);
    }
  }
  say();
}
var init_plain_preview = __esm({
  "source/ui/plain/plain-preview.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/ui/plain/plain-session.ts
var plain_session_exports = {};
__export(plain_session_exports, {
  isBack: () => isBack,
  parseChoices: () => parseChoices,
  runPlainSession: () => runPlainSession
});
async function runPlainSession(initialSession, streams) {
  const { say, ask, close } = plainLines(streams.input, streams.output);
  const stop = { building: false, words: () => "Cancelled: nothing was written." };
  const interrupted = () => {
    if (stop.building) return;
    say();
    say(stop.words());
    node_process_default.exit(cancelledExitCode());
  };
  cancelled.addEventListener("abort", interrupted, { once: true });
  try {
    return await walk(initialSession, streams, say, ask, stop);
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    say();
    say("Cancelled: nothing was written.");
    return 130;
  } finally {
    cancelled.removeEventListener("abort", interrupted);
    close();
  }
}
async function walk(initialSession, streams, say, ask, stop) {
  let session = initialSession;
  const where2 = () => session.located.kind === "found" ? node_path_default.relative(session.cwd, session.located.file) : session.located.kind === "none" ? "no project found" : "choosing a project";
  say(`dotnet-image-wizard \xB7 ${where2()}`);
  const offered = await offerDoctor(session, say, ask);
  if (offered !== "generate") return offered;
  if (session.located.kind === "none") say(noProjectNote);
  const choice = session.located.kind === "choose" ? session.located : void 0;
  let candidates;
  const known = (from) => {
    const { answers, provenance } = resolveAnswers(from.layers, from.today);
    return { answers, provenance };
  };
  const fixed2 = Object.keys(session.layers.find((layer) => layer.source === "flag")?.values ?? {});
  const today = session.today;
  let state = initialState({ today, ...known(session), fixed: fixed2, needsProject: choice !== void 0 });
  const dispatch = (action) => {
    state = reduce(state, action);
  };
  const writeDirectory = streams.writeDirectory;
  const directory = () => writeDirectory ? node_path_default.resolve(session.cwd, writeDirectory) : session.contextDirectory;
  let chosenOutputs;
  const allOutputs2 = streams.registry ? [...fileOutputs, ...pinOutputs] : fileOutputs;
  let pinning;
  let engines2;
  let engine;
  let built;
  const ending = (recommendation2, cancelledNow) => {
    const written = state.written.map((file) => node_path_default.resolve(session.cwd, file));
    return finalSummary({
      recommendation: recommendation2,
      written,
      steps: written.length > 0 ? nextSteps(recommendation2, session, directory(), written, engine?.builder) : [],
      ...built ? { built: [...built.error ? [built.error] : [], ...built.summary] } : {},
      ...built?.log ? { log: built.log } : {},
      cancelled: cancelledNow
    });
  };
  const finish = (recommendation2, code, cancelledNow = false) => {
    say();
    say(ending(recommendation2, cancelledNow));
    return code;
  };
  const askQuestion = async (id, position, canGoBack) => {
    const question = questionFor(id);
    const { answers, origin } = state;
    const states = optionStates(id, answers, today, origin);
    const current = answers[id];
    const isCurrent = (value) => Array.isArray(current) ? current.includes(value) : current === value;
    say();
    say(`${position}${question.prompt}`);
    states.forEach((option2, index) => {
      const marks = optionMarks(id, option2, origin);
      const tag2 = projectOptionTag(session.detection, id, option2.value) ?? option2.tag;
      const label2 = `${option2.label}${marks.length > 0 ? ` (${marks.join(", ")})` : ""}${tag2 ? `, ${tag2}` : ""}`;
      say(`  ${index + 1}. ${label2}${option2.disabled ? `, unavailable: ${option2.disabled}` : `: ${option2.description}`}`);
    });
    const defaults = states.map((option2, index) => isCurrent(option2.value) ? index + 1 : 0).filter(Boolean);
    const back = canGoBack ? ", b goes back" : "";
    for (; ; ) {
      const text3 = await ask(question.multiple ? `Answer with one or more numbers, comma-separated${back} [${defaults.join(",")}]:` : `Answer 1-${states.length}${back} [${defaults[0]}]:`);
      if (canGoBack && isBack(text3)) return "back";
      const chosen = text3 === "" ? defaults : parseChoices(text3, states.length);
      if (!chosen || chosen.length === 0 || !question.multiple && chosen.length > 1) {
        say(`${question.multiple ? `Type numbers from 1 to ${states.length}, comma-separated` : `Type a number from 1 to ${states.length}`}${canGoBack ? ", or b to go back" : ""}.`);
        continue;
      }
      const refused = chosen.map((number) => states[number - 1]).find((option2) => option2.disabled && !isCurrent(option2.value));
      if (refused) {
        say(`${refused.label} cannot be chosen: ${refused.disabled}`);
        continue;
      }
      const values = chosen.map((number) => states[number - 1].value);
      return question.multiple ? values : values[0];
    }
  };
  for (; ; ) {
    const { step: step2 } = state;
    const canGoBack = state.history.length > 0;
    const back = canGoBack ? ", b goes back" : "";
    const outcome = buildableOutcome(withProjectWarnings(outcomeOf(state), session.detection), session.project, today);
    const applying = questions.filter((question) => question.applies(state.answers)).map((question) => question.id);
    switch (step2.kind) {
      case "project": {
        const { reason, skipped = [] } = choice;
        candidates ??= await describeCandidates(choice.candidates, initialSession.cwd, initialSession.detectOptions);
        say();
        say(`Which project goes into the container? ${reason}.`);
        candidates.forEach((candidate, index) => say(`  ${index + 1}. ${candidate.shown}: ${candidate.problem ?? [candidate.kind, candidate.dotnet].filter(Boolean).join(", ")}`));
        for (const line of skipped) say(`  left out: ${line}`);
        const picked = await pick(ask, say, `Project 1-${candidates.length}:`, candidates.length);
        session = await withProject(initialSession, candidates[picked - 1].file);
        chosenOutputs = void 0;
        say(`\u2714 ${where2()}`);
        dispatch({ type: "reset", ...known(session) });
        dispatch({ type: "project-chosen" });
        break;
      }
      case "start": {
        say();
        say("Some answers are already known:");
        for (const id of askedQuestions(state)) say(`  ${answerPhrase(id, state.answers[id])}${sourceMark(state.provenance[id]) ? ` (${sourceMark(state.provenance[id])})` : ""}`);
        const reply = await ask(`Use these answers and go to the summary? (n reviews each question${back}) [Y/n]:`);
        if (canGoBack && isBack(reply)) dispatch({ type: "back" });
        else dispatch({ type: "start", review: /^n/i.test(reply) });
        break;
      }
      case "question": {
        const position = state.returnToSummary ? "" : `Question ${progress(state)}: `;
        const answer = await askQuestion(step2.id, position, canGoBack);
        if (answer === "back") {
          dispatch({ type: "back" });
          break;
        }
        dispatch({ type: "answer", id: step2.id, value: answer });
        say(`\u2714 ${answerPhrase(step2.id, answer)}`);
        break;
      }
      case "summary": {
        say();
        if (!outcome.ok) {
          say(`These answers do not fit together: ${inSessionWords(outcome.refusal.message)}`);
          const fixes = fixesFor(state.answers, today, applying, (id, value) => id === "dotnet" && olderThanTarget(session.detection, value) !== void 0);
          const choices = fixes.length > 0 ? fixes.map((fix2) => ({ id: fix2.id, values: fix2.values, text: `Change ${fix2.topic}: ${fix2.values.map((value) => value.label).join(" / ")}` })) : applying.map((id) => ({ id, values: [], text: `Change ${answerPhrase(id, state.answers[id])}` }));
          choices.forEach((option2, index) => say(`  ${index + 1}. ${option2.text}`));
          const reply2 = await ask(`Change which answer? 1-${choices.length}${back}:`);
          if (canGoBack && isBack(reply2)) {
            dispatch({ type: "back" });
            break;
          }
          const number2 = parseChoices(reply2, choices.length);
          if (!number2 || number2.length !== 1) {
            say(`Type a number from 1 to ${choices.length}${canGoBack ? ", or b to go back" : ""}.`);
            break;
          }
          const fix = choices[number2[0] - 1];
          dispatch({ type: "jump", id: fix.id, ...fix.values.length === 1 ? { value: fix.values[0].value } : {} });
          break;
        }
        const { build, runtime, tradeoffs, runtimeIdentifiers } = outcome.recommendation;
        say("Recommended images");
        say(`  build    ${build.reference}`);
        say(`  runtime  ${runtime.reference}`);
        say(`  for      ${answerPhrase("arch", state.answers.arch)} (${runtimeIdentifiers.join(", ")})`);
        const support = supportLine(outcome.recommendation);
        if (support) say(`  ${support}`);
        say(`  about ${tradeoffs.sizeMb} MB, ${tradeoffs.shell ? `shell and ${tradeoffs.packageManager}` : "no shell"}, ${tradeoffs.nonRootByDefault ? "non-root by default" : "non-root via USER $APP_UID"}, attack surface ${tradeoffs.attackSurface}`);
        for (const warning of summaryWarnings(outcome.recommendation, session.detection, state.provenance)) say(`Warning: ${warning}`);
        say(`Answers: ${applying.map((id, index) => `${index + 1}. ${answerPhrase(id, state.answers[id])}`).join(", ")}`);
        const noFiles = session.located.kind === "none";
        const reply = await ask(`${noFiles ? "Enter ends (no project, so no files)" : "Enter goes on to the files"}; a number 1-${applying.length} changes that answer${back}:`);
        const number = parseChoices(reply, applying.length);
        if (reply === "" && noFiles) return finish(outcome.recommendation, 0);
        if (reply === "") dispatch({ type: "next" });
        else if (canGoBack && isBack(reply)) dispatch({ type: "back" });
        else if (number && number.length === 1) dispatch({ type: "jump", id: applying[number[0] - 1] });
        else say(`Press enter to go on, or type a number from 1 to ${applying.length}${canGoBack ? ", or b to go back" : ""}.`);
        break;
      }
      case "files": {
        say();
        say(`What should be generated? ${placesText(filePlaces(session, writeDirectory)).replace(/^into/, "Into")}:`);
        allOutputs2.forEach((output, index) => say(`  ${index + 1}. ${outputDescriptions[output]}`));
        chosenOutputs ??= (await outputsInUse(session, writeDirectory)).filter((output) => allOutputs2.includes(output));
        const defaults = chosenOutputs.map((output) => allOutputs2.indexOf(output) + 1);
        const text3 = await ask(`Files, comma-separated${back} [${defaults.join(",")}]:`);
        if (isBack(text3)) {
          dispatch({ type: "back" });
          break;
        }
        const chosen = text3 === "" ? defaults : parseChoices(text3, allOutputs2.length);
        if (!chosen) {
          say(`Type numbers from 1 to ${allOutputs2.length}, comma-separated, or b to go back.`);
          break;
        }
        const picked = chosen.sort((a, b) => a - b).map((number) => allOutputs2[number - 1]);
        chosenOutputs = withPinning(picked);
        if (chosenOutputs.length < picked.length) say("The update-bot files keep pinned digests current: they are written only with pinning.");
        dispatch({ type: "outputs", outputs: chosenOutputs });
        dispatch({ type: "next" });
        break;
      }
      case "preview":
      case "confirm": {
        if (!outcome.ok) {
          dispatch({ type: "back" });
          break;
        }
        let recommendation2 = outcome.recommendation;
        if (streams.registry && state.outputs.includes("pin")) {
          if (pinning?.from !== outcome.recommendation) {
            say(`Asking ${streams.registry} for the base images' digests\u2026`);
            pinning = { from: outcome.recommendation, result: await pinFromRegistry([outcome.recommendation], streams.registry) };
          }
          if (pinning.result.note) say(pinning.result.note);
          recommendation2 = pinning.result.recommendations[0];
        }
        const files = plannedFiles(recommendation2, session, state.outputs, writeDirectory);
        const changes2 = await compareWithDisk(files);
        if (state.error) say(state.error);
        for (const change of changes2) say(`  ${change.file.name}: ${change.status === "new" ? "new" : change.status === "unchanged" ? "exists, unchanged" : `exists, changed (+${change.added} \u2212${change.removed})`}`);
        const changed = changes2.filter((change) => change.status === "changed");
        const it = changed.length === 1 ? "it" : "them";
        let mode;
        while (!mode) {
          const reply = changed.length > 0 ? await ask(`r replaces ${it}, k keeps ${it} and writes ${changed.map((change) => `${change.file.name}${besideSuffix}`).join(", ")} beside, p shows every file, d shows the changes, b goes back [b]:`) : await ask(`Write ${changes2.filter((change) => change.status === "new").length} new files? (p shows them first, n or b goes back) [Y/n]:`);
          if (/^p/i.test(reply)) showFiles(changes2, say);
          else if (changed.length > 0 && /^d/i.test(reply)) for (const change of changed) say(`${change.file.name}
${change.diff}`);
          else if (changed.length > 0 ? /^r/i.test(reply) : !/^[nb]/i.test(reply)) mode = "replace";
          else if (changed.length > 0 && /^k/i.test(reply)) mode = "beside";
          else mode = "back";
        }
        if (mode === "back") {
          dispatch({ type: "back" });
          break;
        }
        const chosenFiles = filesToWrite(changes2, mode);
        dispatch({ type: "write" });
        try {
          const written = await writeFileSet(chosenFiles.map((file) => ({ path: node_path_default.join(file.directory, file.name), content: file.content })), { force: true });
          dispatch({ type: "written", files: written.map((file) => node_path_default.relative(session.cwd, file) || file) });
        } catch (error) {
          dispatch({ type: "failed", message: error.message });
        }
        break;
      }
      case "done": {
        if (!outcome.ok) return 1;
        const recommendation2 = outcome.recommendation;
        stop.words = () => ending(recommendation2, true);
        say();
        say("Done");
        for (const file of state.written.length > 0 ? state.written : ["nothing: every file was already up to date"]) say(`  wrote ${file}`);
        engines2 ??= await engineChoices(recommendation2, session, filePlaces(session, writeDirectory).app, state.written.map((file) => node_path_default.resolve(session.cwd, file)));
        engine ??= preferredEngine(engines2, streams.engine);
        const chosen = engine ? await offerBuild(engines2, engine, session.cwd, say, ask) : void 0;
        if (!chosen) return finish(recommendation2, 0);
        engine = chosen;
        dispatch({ type: "build" });
        break;
      }
      case "build": {
        if (!outcome.ok || !engine) return 1;
        const recommendation2 = outcome.recommendation;
        built = await buildWith(engine, recommendation2, session.cwd, state.written, say, stop);
        if (cancelled.aborted) return finish(recommendation2, cancelledExitCode(), true);
        const next = await afterBuild(built, ask);
        if (next === "finish") return finish(recommendation2, built.result.exitCode);
        if (next === "back") dispatch({ type: "built" });
        break;
      }
      default:
        throw new Error(`the plain session has no ${step2.kind} step`);
    }
  }
}
var fileOutputs, pinOutputs;
var init_plain_session = __esm({
  "source/ui/plain/plain-session.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_node_process();
    init_questions();
    init_resolve();
    init_project_warnings();
    init_multi_target();
    init_answer_words();
    init_candidates();
    init_engines();
    init_file_changes();
    init_final_summary();
    init_next_steps();
    init_option_states();
    init_planned_files();
    init_file_places();
    init_no_project();
    init_session();
    init_summary_warnings();
    init_target_framework();
    init_cancellation();
    init_write_files();
    init_flow();
    init_plain_build();
    init_plain_doctor_offer();
    init_plain_lines();
    init_plain_preview();
    init_pinning();
    init_plain_lines();
    fileOutputs = [
      "dockerfile",
      "dockerignore",
      "zerops",
      "csproj",
      "compose",
      "config",
      "github-actions",
      "gitlab-ci"
    ];
    pinOutputs = ["pin", "renovate", "dependabot"];
  }
});

// source/ui/components/DoctorScreen.tsx
function DoctorScreen({ file, findings, diff, onChoose }) {
  const [checking, setChecking] = useState(false);
  if (!checking) {
    return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      /* @__PURE__ */ jsxs(Text, { color: theme.accent, bold: true, children: [
        "This project already has a Dockerfile: ",
        shownText(file)
      ] }),
      /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(
        OptionList,
        {
          options: [
            { value: "check", label: "Check the existing Dockerfile", description: "findings in .NET terms, each with its fix; the safe fixes can be applied" },
            { value: "generate", label: "Generate a new one", description: "answer the questions and get a new Dockerfile (the existing one is kept unless you overwrite it)" }
          ],
          onSelect: (value) => value === "check" ? setChecking(true) : onChoose("generate")
        }
      ) }),
      /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(KeyHelp, { keys: ["\u2191\u2193 move", "enter choose", "q quit"] }) })
    ] });
  }
  const fixable = diff !== "";
  return /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
    /* @__PURE__ */ jsxs(Text, { color: theme.accent, bold: true, children: [
      shownText(file),
      ": ",
      findings.length === 0 ? "no findings" : `${findings.length} finding${findings.length === 1 ? "" : "s"}`
    ] }),
    /* @__PURE__ */ jsx(Box, { marginTop: 1, flexDirection: "column", children: findings.map((finding) => /* @__PURE__ */ jsxs(Box, { flexDirection: "column", children: [
      /* @__PURE__ */ jsxs(Text, { wrap: "wrap", children: [
        /* @__PURE__ */ jsx(Text, { color: severityColor[finding.severity], children: finding.severity }),
        " ",
        finding.code,
        " line ",
        finding.line,
        ": ",
        shownText(finding.message, { limit: 500 })
      ] }),
      /* @__PURE__ */ jsxs(Text, { dimColor: true, wrap: "wrap", children: [
        "  fix: ",
        shownText(finding.fix, { limit: 500 })
      ] })
    ] }, `${finding.code}:${finding.line}:${finding.message}`)) }),
    fixable ? /* @__PURE__ */ jsxs(Box, { marginTop: 1, flexDirection: "column", children: [
      /* @__PURE__ */ jsx(Text, { bold: true, children: "What the safe fixes change:" }),
      diff.trimEnd().split("\n").map((line, index) => /* @__PURE__ */ jsx(Text, { color: diffLineColor(line), children: shownText(line, { limit: 500 }) }, index))
    ] }) : null,
    /* @__PURE__ */ jsx(Box, { marginTop: 1, children: /* @__PURE__ */ jsx(
      OptionList,
      {
        options: [
          ...fixable ? [{ value: "apply", label: "Apply these fixes", description: `rewrite ${file} as shown (comments and order kept)` }] : [],
          { value: "generate", label: "Generate a new one instead", description: "go on to the questions" },
          { value: "quit", label: "Done", description: "leave the Dockerfile as it is" }
        ],
        onSelect: (value) => onChoose(value)
      }
    ) })
  ] });
}
var severityColor;
var init_DoctorScreen = __esm({
  "source/ui/components/DoctorScreen.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_ink();
    init_react();
    init_shown_text();
    init_diff_colors();
    init_theme();
    init_KeyHelp();
    init_OptionList();
    init_jsx_runtime();
    severityColor = { error: theme.bad, warning: theme.warn, note: theme.accent };
  }
});

// source/ui/doctor-offer.tsx
var doctor_offer_exports = {};
__export(doctor_offer_exports, {
  dockerfileToOffer: () => dockerfileToOffer,
  offerDoctor: () => offerDoctor2
});
async function dockerfileToOffer(cwd, project) {
  const files = await dockerfilesToCheck([], { cwd, today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10), detect: "xml", ...project ? { project } : {} }).catch(() => []);
  return files.length > 0;
}
async function offerDoctor2(session, stdin) {
  const check2 = await checkExistingDockerfile(session);
  if (!check2) return "generate";
  let choice = "quit";
  const instance = render(/* @__PURE__ */ jsx(DoctorScreen, { file: check2.file, findings: check2.findings, diff: check2.diff, onChoose: (chosen) => {
    choice = chosen;
    instance.unmount();
  } }), { exitOnCtrlC: true, ...stdin ? { stdin } : {} });
  await instance.waitUntilExit();
  if (choice === "generate") return "generate";
  if (choice === "apply") {
    await applyDockerfileFixes(check2);
    node_process_default.stdout.write(`fixed ${check2.file}
`);
  }
  return 0;
}
var init_doctor_offer = __esm({
  "source/ui/doctor-offer.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    init_ink();
    init_inputs();
    init_dockerfile_check();
    init_DoctorScreen();
    init_jsx_runtime();
  }
});

// source/ui/run-wizard.tsx
var run_wizard_exports = {};
__export(run_wizard_exports, {
  runWizard: () => runWizard,
  wantsPlain: () => wantsPlain
});
async function runWizard(opening2, flags2, eraseFirstFrame = () => {
}) {
  const writeDirectory = typeof flags2.write === "string" && flags2.write !== "" ? flags2.write : void 0;
  const registry2 = flags2.offline ? void 0 : sourceUrls({ registry: typeof flags2.registry === "string" ? flags2.registry : void 0 }, node_process_default.env).registry;
  const open2 = typeof opening2 === "function" ? opening2 : async () => opening2;
  if (wantsPlain(flags2)) {
    eraseFirstFrame();
    const { runPlainSession: runPlainSession2 } = await Promise.resolve().then(() => (init_plain_session(), plain_session_exports));
    return runPlainSession2(await open2(() => {
    }), { input: node_process_default.stdin, output: node_process_default.stdout, ...writeDirectory ? { writeDirectory } : {}, ...typeof flags2.engine === "string" ? { engine: parseEngine(flags2.engine) } : {}, ...registry2 ? { registry: registry2 } : {} });
  }
  const { dockerfileToOffer: dockerfileToOffer2, offerDoctor: offerDoctor3 } = await Promise.resolve().then(() => (init_doctor_offer(), doctor_offer_exports));
  const cwd = typeof opening2 === "function" ? node_process_default.cwd() : opening2.cwd;
  if (await dockerfileToOffer2(cwd, typeof flags2.project === "string" ? flags2.project : void 0)) {
    const session = await open2(() => {
    });
    eraseFirstFrame();
    eraseFirstFrame = () => {
    };
    const offered = await offerDoctor3(session, new PacedKeys(node_process_default.stdin));
    if (offered !== "generate") return offered;
  }
  let code = 0;
  let summary = "";
  let crash;
  let failure;
  let opened = false;
  const keys2 = new PacedKeys(node_process_default.stdin);
  keys2.hold();
  eraseFirstFrame();
  const instance = render(
    /* @__PURE__ */ jsx(CrashBoundary, { onCrash: (error) => {
      crash = error;
      instance.unmount();
    }, children: /* @__PURE__ */ jsx(
      Opening,
      {
        open: async (reading) => {
          const session = await open2(reading);
          opened = true;
          return session;
        },
        keys: keys2,
        onFail: (error) => {
          failure = error;
        },
        ...writeDirectory ? { writeDirectory } : {},
        ...registry2 ? { registry: registry2 } : {},
        ...typeof flags2.engine === "string" ? { engine: parseEngine(flags2.engine) } : {},
        onExit: (exitCode, lasting) => {
          code = exitCode;
          summary = lasting;
        }
      }
    ) }),
    // Ink reads stdin through isTTY, setRawMode, ref/unref and read(), which PacedKeys provides.
    { exitOnCtrlC: false, stdin: keys2 }
  );
  await instance.waitUntilExit();
  if (crash) throw crash;
  if (failure) throw failure;
  if (summary) node_process_default.stdout.write(`${summary}
`);
  if (!opened) stopNow(code);
  return code;
}
var init_run_wizard = __esm({
  "source/ui/run-wizard.tsx"() {
    "use strict";
    init_define_PACKAGE();
    init_no_color();
    init_node_process();
    init_ink();
    init_sources();
    init_engine();
    init_cancellation();
    init_CrashBoundary();
    init_first_frame();
    init_Opening();
    init_paced_keys();
    init_first_frame();
    init_jsx_runtime();
  }
});

// source/cli/verify.ts
var verify_exports2 = {};
__export(verify_exports2, {
  registryOf: () => registryOf3,
  verificationLines: () => verificationLines
});
function verificationLines(verification) {
  return verification.images.map((image2) => `verified ${image2.reference} ${image2.digest} (${image2.platforms.map((entry) => `${entry.platform} ${short(entry.digest)}`).join(", ")})${verification.registry === "https://mcr.microsoft.com" ? "" : ` at ${verification.registry}`}`);
}
var short, registryOf3;
var init_verify2 = __esm({
  "source/cli/verify.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_catalog2();
    short = (digest2) => digest2.slice(0, 19);
    registryOf3 = (flags2) => catalogUrls(flags2).registry;
  }
});

// source/session/merged-targets.ts
var merged_targets_exports = {};
__export(merged_targets_exports, {
  mergedTargets: () => mergedTargets
});
async function mergedTargets(files, directory = ".") {
  const targets = await Promise.all(files.map(async (file) => {
    const target = node_path_default.join(file.directory ?? directory, file.name);
    if (!file.merge) return { path: target, content: file.content };
    const current = await readInputFile(target, { shownAs: target, maxBytes: inputCaps.config }).catch(() => void 0);
    if (current === void 0) return { path: target, content: file.content };
    const content = file.merge(current);
    return content === current ? void 0 : { path: target, content };
  }));
  return targets.filter((target) => target !== void 0);
}
var init_merged_targets = __esm({
  "source/session/merged-targets.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_input_file();
  }
});

// source/cli/build.ts
var build_exports = {};
__export(build_exports, {
  buildFromCommandLine: () => buildFromCommandLine,
  checkBuild: () => checkBuild
});
async function checkBuild(recommendation2, session, flags2, options2) {
  const named3 = typeof flags2.engine === "string" || typeof flags2.builder === "string";
  const choice = options2.building || named3 ? await chooseEngine(flags2) : { engine: "docker", notes: [] };
  if (typeof flags2.baseRegistry === "string") parseBaseRegistry(flags2.baseRegistry);
  const dockerfile = options2.writtenDockerfile ?? node_path_default.join(node_os_default.tmpdir(), "dotnet-image-wizard-check", "Dockerfile");
  planFor(recommendation2, session, flags2, dockerfile, choice);
  return choice;
}
async function buildFromCommandLine(recommendation2, session, flags2, terminal2, writtenDockerfile2, checked) {
  const dryRun = Boolean(flags2.dryRun);
  const machine2 = Boolean(flags2.json) || typeof flags2.output === "string";
  const say = machine2 ? terminal2.error : (line) => terminal2.write(`${line}
`);
  const choice = checked ?? await chooseEngine(flags2);
  for (const note of choice.notes) terminal2.error(`note: ${note}`);
  const mirror = typeof flags2.baseRegistry === "string" ? parseBaseRegistry(flags2.baseRegistry) : void 0;
  const { file, temporary, cleanup, keep } = await dockerfileFor(writtenDockerfile2);
  try {
    const plan2 = planFor(recommendation2, session, flags2, file, choice);
    if (dryRun) {
      if (temporary && plan2.engine !== "sdk") {
        await writeTemporaryDockerfile(file, withBaseRegistry(recommendation2, mirror), session, void 0);
        keep();
        terminal2.error(`note: ${file} is the Dockerfile this command builds (and ${node_path_default.basename(file)}.dockerignore its ignore file); --build writes its own, in the engine's dialect, and removes it.`);
      }
      say(`(cd ${shellWord(node_path_default.relative(session.cwd, plan2.cwd) || ".")} && ${commandLine(plan2)})`);
      if (plan2.engine === "docker" && plan2.platforms.length > 1 && plan2.output === "load") terminal2.error("note: loading a multi-platform image needs the containerd image store; otherwise pass --push or --oci FILE.");
      return 0;
    }
    const { notes, version: version3, dialect, platformPlan } = await preflight3(plan2);
    terminal2.error([platformPlanTitle(platformPlan), ...platformPlanLines(platformPlan).map((line) => `  ${line}`)].join("\n"));
    if (dialect && temporary) await writeTemporaryDockerfile(file, withBaseRegistry(recommendation2, mirror), session, dialect);
    else if (dialect) checkDockerfile(await readInputFile(file, { shownAs: node_path_default.relative(session.cwd, file) || file, maxBytes: inputCaps.config }), dialect, plan2.engine, version3);
    for (const note of notes) terminal2.error(`note: ${note}`);
    terminal2.error(`$ ${commandLine(plan2)}`);
    const result = await runBuild(plan2, { onLine: say });
    const lines2 = describeResult(result, plan2);
    if (result.status === "failed") {
      terminal2.error(["last output:", ...result.lastLines.slice(-8).map((line) => `  ${line}`)].join("\n"));
      terminal2.error(`dotnet-image-wizard: ${lines2.join("\n")}`);
    } else {
      terminal2.error(lines2.join("\n"));
    }
    return result.exitCode;
  } finally {
    await cleanup();
  }
}
var init_build = __esm({
  "source/cli/build.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_input_file();
    init_node_os();
    init_node_path();
    init_posix_shell();
    init_base_registry();
    init_plan();
    init_preflight();
    init_run();
    init_build_outcome();
    init_build_plan();
    init_platform_plan2();
  }
});

// source/cli/apps.ts
var apps_exports = {};
__export(apps_exports, {
  runApps: () => runApps
});
function appJson(plan2, cwd, extra, session, verification) {
  return {
    project: shown2(cwd, plan2.project),
    name: plan2.name,
    dockerfile: shown2(cwd, plan2.dockerfile),
    context: shown2(cwd, plan2.context),
    image: plan2.image,
    ...plan2.port === void 0 ? {} : { port: plan2.port },
    recommendation: { ...recommendationJson(plan2.recommendation, plan2.provenance, void 0, verification), ...pinChoiceJson(session.pin) },
    ...extra
  };
}
async function runApps(flags2, terminal2, session, selection) {
  if (typeof flags2.image === "string") throw new InputError("--image names one image; with --all or --apps each app gets its own, from its project (ContainerRepository, else its name).");
  if (typeof flags2.write === "string" && flags2.write !== "") throw new InputError("--write DIR puts one app's files in DIR; with --all or --apps each app's Dockerfile goes in its own folder: pass --write alone.");
  if (typeof flags2.oci === "string") throw new InputError("--oci names one archive; with --all or --apps, build to the local store or --push.");
  if (flags2.save) throw new InputError("--save keeps the answers of one app; with --all or --apps, run it for one app with --project.");
  const projectArgument = typeof flags2.project === "string" ? node_path_default.resolve(session.cwd, flags2.project) : void 0;
  const { apps, skipped, notes } = await openApps(session, selection, projectArgument);
  const pinned = session.pin?.pinned === true;
  if (pinned && flags2.offline) throw new InputError(`--offline uses no network: it cannot pin the base images as ${session.pin.note} says; add --no-pin to leave them as tags this run.`);
  const unpinned = apps.map((app) => planApp(app, { yes: Boolean(flags2.yes) }));
  const baseNotes = new Set(session.notes);
  for (const note of notes) terminal2.error(`note: ${note}`);
  if (skipped.length > 0) terminal2.error(`note: left out: ${skipped.join("; ")}`);
  for (const plan2 of unpinned) for (const note of plan2.session.notes.filter((note2) => !baseNotes.has(note2))) terminal2.error(`note: ${plan2.name}: ${note}`);
  let verifications;
  if (flags2.verify || pinned) {
    const [verified, { verifyRecommendations: verifyRecommendations2 }] = await Promise.all([Promise.resolve().then(() => (init_verify2(), verify_exports2)), Promise.resolve().then(() => (init_verify_recommendation(), verify_recommendation_exports))]);
    const { all, each } = await verifyRecommendations2(unpinned.map((plan2) => plan2.recommendation), verified.registryOf(flags2));
    verifications = each;
    for (const problem of all.problems) terminal2.error(`dotnet-image-wizard: ${problem}`);
    if (all.problems.length > 0) {
      if (flags2.json) terminal2.write(`${JSON.stringify({ apps: unpinned.map((plan2, index) => appJson(plan2, terminal2.cwd, {}, session, each[index])), skipped, notes }, null, 2)}
`);
      return 1;
    }
    if (!flags2.json) for (const line of verified.verificationLines(all)) terminal2.error(line);
  }
  const plans = pinned && verifications ? unpinned.map((plan2, index) => ({ ...plan2, recommendation: pinRecommendation(plan2.recommendation, verifications[index]) })) : unpinned;
  const verificationOf = (plan2) => verifications?.[plans.indexOf(plan2)];
  const writing = typeof flags2.write === "string";
  const request = typeof flags2.output === "string" || writing ? parseFileKinds(typeof flags2.output === "string" ? flags2.output : void 0) : void 0;
  const mirror = typeof flags2.baseRegistry === "string" ? parseBaseRegistry(flags2.baseRegistry) : void 0;
  const placed = request ? placeAppFiles(plans, request, (recommendation2) => withBaseRegistry(recommendation2, mirror)) : { files: [], notes: [] };
  const written = [];
  if (writing) {
    for (const file of placed.files) terminal2.error(`${file.kind === "dockerignore" ? "merging" : "writing"} ${shown2(terminal2.cwd, node_path_default.join(file.directory, file.name))}${file.kind === "dockerignore" ? " (the build context's; your entries are kept)" : describesEveryApp(file.kind) && plans.length > 1 ? " (every app)" : ` (${file.app.name})`}`);
    const { mergedTargets: mergedTargets2 } = await Promise.resolve().then(() => (init_merged_targets(), merged_targets_exports));
    const targets = await mergedTargets2(placed.files);
    const { writeFileSet: writeFileSet2 } = await Promise.resolve().then(() => (init_write_files(), write_files_exports));
    await writeFileSet2(targets, { force: Boolean(flags2.force) });
    written.push(...targets.map((target) => target.path));
  }
  for (const note of placed.notes) terminal2.error(`note: ${note}`);
  if (flags2.json) {
    const contents = (plan2) => Object.fromEntries(placed.files.filter((file) => file.app === plan2).map((file) => [shown2(terminal2.cwd, node_path_default.join(file.directory, file.name)), file.content]));
    const document = {
      apps: plans.map((plan2) => appJson(plan2, terminal2.cwd, request && !writing ? { files: contents(plan2) } : {}, session, verificationOf(plan2))),
      skipped,
      notes: [...notes, ...placed.notes],
      ...writing ? { written } : {}
    };
    terminal2.write(`${JSON.stringify(document, null, 2)}
`);
  } else if (request && !writing) {
    terminal2.write(placed.files.map((file) => `==> ${shown2(terminal2.cwd, node_path_default.join(file.directory, file.name))} <==
${file.content}`).join("\n"));
  } else {
    for (const plan2 of plans) {
      terminal2.write(`== ${plan2.name} (${shown2(terminal2.cwd, plan2.project)}) ==
${renderSummary(plan2.recommendation, { explain: Boolean(flags2.explain), provenance: plan2.provenance })}

`);
    }
    if (writing) {
      terminal2.write(`${written.map((file) => `wrote ${shown2(terminal2.cwd, file)}`).join("\n")}
`);
      if (!flags2.build && !flags2.dryRun) {
        const placeholder = plans.map((plan2) => placeholderNote(plan2.recommendation, plan2.image)).find(Boolean);
        terminal2.write(`
Build each app from its build context, with its Dockerfile${placeholder ? ` (${placeholder})` : ""}:
`);
        for (const plan2 of plans) {
          terminal2.write(`Build: ${shownBuildxLine(plan2.recommendation, { image: plan2.image, context: shown2(terminal2.cwd, plan2.context), dockerfile: shown2(terminal2.cwd, plan2.dockerfile) })}
`);
        }
      }
    }
  }
  if (!flags2.build && !flags2.dryRun) return 0;
  const { buildFromCommandLine: buildFromCommandLine2 } = await Promise.resolve().then(() => (init_build(), build_exports));
  for (const plan2 of plans) {
    terminal2.error(`== ${plan2.name}: ${flags2.dryRun ? "the build command" : "building"} ==`);
    const code = await buildFromCommandLine2(plan2.recommendation, plan2.session, flags2, terminal2, written.includes(plan2.dockerfile) ? plan2.dockerfile : void 0);
    if (code !== 0) return code;
  }
  return 0;
}
var shown2;
var init_apps2 = __esm({
  "source/cli/apps.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_resolve();
    init_json();
    init_summary();
    init_build_command();
    init_file_kinds();
    init_base_registry();
    init_apps();
    init_shared_files();
    init_pin_choice();
    init_pin();
    shown2 = (cwd, file) => node_path_default.relative(cwd, file).split(node_path_default.sep).join("/") || ".";
  }
});

// source/cli/main.ts
function errorLine(error) {
  const message = error instanceof Error ? error.message || String(error) : String(error);
  const first = error instanceof InputError ? message : message.split("\n").find((line) => line.trim() !== "") ?? message;
  return `dotnet-image-wizard: ${shownText(first, { limit: 1e3 })}`;
}
function guarded(terminal2, flags2) {
  const machine2 = Boolean(flags2.json) || typeof flags2.output === "string";
  const escaped2 = (text3) => shownText(text3, { lines: true, limit: Number.POSITIVE_INFINITY });
  return withWriters(terminal2, { error: (text3) => terminal2.error(escaped2(text3)), write: machine2 ? terminal2.write : (text3) => terminal2.write(escaped2(text3)) });
}
async function main(flags2, terminal2) {
  const stray = (error) => {
    terminal2.error(errorLine(error));
    node_process_default.exit(error instanceof InputError ? 2 : 1);
  };
  node_process_default.on("unhandledRejection", stray);
  try {
    return await run(flags2, guarded(terminal2, flags2));
  } catch (error) {
    terminal2.error(errorLine(error));
    return error instanceof InputError ? 2 : 1;
  } finally {
    node_process_default.off("unhandledRejection", stray);
  }
}
function wantsWizard(flags2, terminal2, session, missing) {
  if (noWizard(flags2, terminal2)) return false;
  const given = session.layers.find((layer) => layer.source === "flag").values;
  return Object.keys(given).length < answerFlags.length || missing.length > 0 || session.located.kind === "choose";
}
function wizardFirst(flags2, terminal2, env = node_process_default.env) {
  if (noWizard(flags2, terminal2, env)) return false;
  return answerFlags.some((flag) => flags2[flag.name] === void 0);
}
async function run(flags2, terminal2) {
  const ended = await openCatalog(flags2, terminal2);
  if (ended !== void 0) return ended;
  const selection = appSelection(flags2);
  if (!selection && wizardFirst(flags2, terminal2)) {
    const erase = drawFirstFrame(flags2);
    const open2 = openingSession(flags2, terminal2.cwd);
    await loadUiLibraries();
    const { runWizard: runWizard2 } = await Promise.resolve().then(() => (init_run_wizard(), run_wizard_exports));
    return runWizard2(open2, flags2, erase);
  }
  const session = await openSession(flags2, terminal2.cwd, selection ? { severalApps: true } : {});
  if (selection) {
    const { runApps: runApps2 } = await Promise.resolve().then(() => (init_apps2(), apps_exports));
    return runApps2(flags2, terminal2, session, selection);
  }
  const { answers, provenance, missing } = resolveAnswers(session.layers, session.today);
  if (wantsWizard(flags2, terminal2, session, missing)) {
    await loadUiLibraries();
    const { runWizard: runWizard2 } = await Promise.resolve().then(() => (init_run_wizard(), run_wizard_exports));
    return runWizard2(session, flags2);
  }
  if (session.located.kind === "choose") {
    const choices = session.located.candidates.map((file) => node_path_default.relative(terminal2.cwd, file));
    const skipped = session.located.skipped ? ` Left out: ${shownList(session.located.skipped, 4)}.` : "";
    throw new InputError(`${session.located.reason}: pass --project with one of ${shownList(choices, 8)}, or --all for every app (--apps A,B for some).${skipped}`);
  }
  if (session.located.kind === "none" && (typeof flags2.output === "string" || typeof flags2.write === "string" || flags2.build || flags2.dryRun)) {
    throw new InputError(`no .NET project in ${node_path_default.relative(terminal2.cwd, session.located.folder) || "this folder"} or the folders below it, and the files need one: run in the app's folder or pass --project.`);
  }
  if (!flags2.yes && missing.length > 0) {
    const why = !terminal2.stdinIsTTY ? "Stdin is not a terminal, so there is no wizard" : inCi() ? "CI is set, so there is no wizard" : `With --${flags2.json ? "json" : flags2.pin ? "pin" : "verify"} there are no prompts`;
    throw new InputError(`missing answers: ${missing.map(flagFor).join(", ")}. ${why}: pass them, or --yes to take detected and default answers.`);
  }
  const pinned = session.pin?.pinned === true;
  if (pinned && flags2.offline) throw new InputError(`--offline uses no network: it cannot pin the base images as ${session.pin.note} says; add --no-pin to leave them as tags this run.`);
  const outcome = buildableOutcome(withProjectWarnings(recommend(answers, session.today), session.detection), session.project, session.today);
  if (!outcome.ok) throw new InputError(refusalText(outcome.refusal));
  for (const note of session.notes) terminal2.error(`note: ${note}`);
  let verification;
  if (flags2.verify || pinned) {
    const [verified, { verifyRecommendation: verifyRecommendation2 }] = await Promise.all([Promise.resolve().then(() => (init_verify2(), verify_exports2)), Promise.resolve().then(() => (init_verify_recommendation(), verify_recommendation_exports))]);
    verification = await verifyRecommendation2(outcome.recommendation, verified.registryOf(flags2));
    for (const problem of verification.problems) terminal2.error(`dotnet-image-wizard: ${problem}`);
    if (verification.problems.length > 0) {
      if (flags2.json) terminal2.write(`${JSON.stringify({ ...recommendationJson(outcome.recommendation, provenance, void 0, verification), ...pinJson(session) }, null, 2)}
`);
      return 1;
    }
    if (!flags2.json) for (const line of verified.verificationLines(verification)) terminal2.error(line);
  }
  const recommendation2 = pinned && verification ? pinRecommendation(outcome.recommendation, verification) : outcome.recommendation;
  const building = Boolean(flags2.build || flags2.dryRun);
  const prepared = await prepareFiles(recommendation2, session, flags2);
  const askedForBuild = building || buildFlags.some((name) => flags2[name] !== void 0);
  const { checkBuild: checkBuild2, buildFromCommandLine: buildFromCommandLine2 } = askedForBuild ? await Promise.resolve().then(() => (init_build(), build_exports)) : { checkBuild: void 0, buildFromCommandLine: void 0 };
  const choice = checkBuild2 ? await checkBuild2(recommendation2, session, flags2, { building, ...prepared.writing && prepared.dockerfile ? { writtenDockerfile: prepared.dockerfile } : {} }) : void 0;
  const planning = flags2.explain || flags2.json ? await Promise.resolve().then(() => (init_platform_plan2(), platform_plan_exports)) : void 0;
  const platformPlan = planning ? await planning.platformPlanFor(recommendation2, choice ?? { engine: typeof flags2.engine === "string" ? parseEngine(flags2.engine) : "docker" }) : void 0;
  const buildPlan = planning && platformPlan ? { buildPlan: planning.platformPlanJson(platformPlan) } : {};
  const planText = planning && platformPlan && flags2.explain ? [planning.platformPlanTitle(platformPlan), ...planning.platformPlanLines(platformPlan).map((line) => `  ${line}`), ...platformPlan.refusal ? [`  ${platformPlan.refusal}`] : []].join("\n") : void 0;
  const savedConfig = flags2.save ? await plannedConfig(session, answers, flags2) : void 0;
  if (savedConfig && !prepared.writing) await writeSavedConfig(savedConfig, flags2, terminal2);
  if (building && !prepared.writing && !prepared.request && !flags2.json) return buildFromCommandLine2(recommendation2, session, flags2, terminal2, void 0, choice);
  const { code, writtenDockerfile: writtenDockerfile2 } = await deliver(recommendation2, provenance, session, flags2, terminal2, { ...prepared, ...prepared.writing && savedConfig ? { savedConfig } : {}, buildPlan, ...planText ? { planText } : {} }, verification);
  if (code !== 0 || !building) return code;
  return buildFromCommandLine2(recommendation2, session, flags2, terminal2, writtenDockerfile2, choice);
}
async function plannedConfig(session, answers, flags2) {
  const file = configTarget(session);
  const projectFile = session.located.kind === "found" ? node_path_default.relative(node_path_default.dirname(file), session.located.file).split(node_path_default.sep).join("/") : void 0;
  const { renderConfig: renderConfig2 } = await Promise.resolve().then(() => (init_render_config(), render_config_exports));
  const content = renderConfig2(answers, { ...projectFile ? { project: projectFile } : {}, ...typeof flags2.image === "string" ? { image: flags2.image } : {}, ...session.pin?.pinned ? { pin: true } : {} }, file);
  const { readInputFile: readInputFile2, inputCaps: inputCaps2 } = await Promise.resolve().then(() => (init_input_file(), input_file_exports));
  const current = await readInputFile2(file, { shownAs: file, maxBytes: inputCaps2.config }).catch(() => void 0);
  return current === content ? void 0 : { path: file, content };
}
async function writeSavedConfig(config, flags2, terminal2) {
  const { writeFileSet: writeFileSet2 } = await Promise.resolve().then(() => (init_write_files(), write_files_exports));
  await writeFileSet2([config], { force: Boolean(flags2.force), onNote: (line) => terminal2.error(`note: ${line}`) });
  terminal2.error(`saved answers to ${node_path_default.relative(terminal2.cwd, config.path) || config.path}`);
}
function shownPath2(from, target) {
  const relative = node_path_default.relative(from, target).split(node_path_default.sep).join("/") || ".";
  return relative.startsWith("..") && relative.length > target.length ? target : relative;
}
async function prepareFiles(recommendation2, session, flags2) {
  const writing = typeof flags2.write === "string";
  const rendering = typeof flags2.output === "string" || writing ? await Promise.resolve().then(() => (init_files(), files_exports)) : void 0;
  const request = rendering ? rendering.parseFileKinds(typeof flags2.output === "string" ? flags2.output : void 0) : void 0;
  const mirror = typeof flags2.baseRegistry === "string" ? parseBaseRegistry(flags2.baseRegistry) : void 0;
  const mirrored2 = withBaseRegistry(recommendation2, mirror);
  const ciJobs = typeof flags2.ciJobs === "string" ? parseCiJobs(flags2.ciJobs) : void 0;
  if (writing && request) {
    const { filePlaces: filePlaces2, placeFiles: placeFiles2 } = await Promise.resolve().then(() => (init_file_places(), file_places_exports));
    const places = filePlaces2(session, typeof flags2.write === "string" && flags2.write ? flags2.write : void 0);
    const { files: files2, notes: notes2 } = placeFiles2(mirrored2, session, places, request, ciJobs);
    const dockerfile2 = files2.find((file) => file.kind === "dockerfile");
    const bots2 = botFiles(rendering, request, session, places.app).map((file) => ({ ...file, directory: places.app }));
    return { writing, directory: places.app, request, files: [...files2, ...bots2], notes: notes2, ...dockerfile2 ? { dockerfile: node_path_default.join(dockerfile2.directory, dockerfile2.name) } : {} };
  }
  const buildContext = shownPath2(session.cwd, session.contextDirectory);
  const dockerfile = buildContext === "." ? {} : { placement: { context: buildContext, dockerfile: "Dockerfile" } };
  const posix4 = (from, to) => node_path_default.relative(from, to).split(node_path_default.sep).join("/") || ".";
  const compose = { context: posix4(session.cwd, session.contextDirectory), dockerfile: posix4(session.contextDirectory, node_path_default.join(session.cwd, "Dockerfile")) };
  const placement = request?.kinds.some((kind) => rendering.atRepositoryRoot(kind)) ? (await Promise.resolve().then(() => (init_ci_placement(), ci_placement_exports))).ciPlacement(session, session.cwd) : void 0;
  const ci = placement ? { ci: { context: placement.context, dockerfile: placement.dockerfile, ...ciJobs ? { jobs: ciJobs } : {} } } : {};
  const { files, notes } = rendering && request ? rendering.generateFiles(mirrored2, session.project, session.imageName, request, { dockerfile, compose, ...ci }) : { files: [], notes: [] };
  const bots = rendering && request ? botFiles(rendering, request, session, session.cwd) : [];
  return { writing, directory: session.cwd, ...request ? { request } : {}, files: [...files, ...bots], notes };
}
function botFiles(rendering, request, session, directory) {
  const bound = session.detection?.context.bound;
  const root = bound?.reason === "repository" ? bound.folder : directory;
  return rendering.updateBotFiles(request.bots, { root, directories: [directory], pinned: session.pin?.pinned === true });
}
function pinText(session) {
  const choice = session.pin;
  if (!choice || choice.source === "default") return void 0;
  return `Pinning
  ${choice.pinned ? "by digest: every FROM and ContainerBaseImage as tag@sha256" : "none: the base images stay as tags"}, ${choice.source} (${choice.note})`;
}
async function deliver(recommendation2, provenance, session, flags2, terminal2, prepared, verification) {
  const { writing, directory, request, files, notes, savedConfig, buildPlan = {}, planText } = prepared;
  const explain = Boolean(flags2.explain);
  const pinning = explain ? pinText(session) : void 0;
  const summary = () => `${renderSummary(recommendation2, { explain, provenance })}${pinning ? `

${pinning}` : ""}${planText ? `

${planText}` : ""}`;
  if (writing) {
    const { writeFileSet: writeFileSet2 } = await Promise.resolve().then(() => (init_write_files(), write_files_exports));
    const { mergedTargets: mergedTargets2 } = await Promise.resolve().then(() => (init_merged_targets(), merged_targets_exports));
    const targets = await mergedTargets2(files, directory);
    await writeFileSet2(savedConfig ? [...targets, savedConfig] : targets, { force: Boolean(flags2.force), onNote: (line) => terminal2.error(`note: ${line}`) });
    const written = targets.map((target) => target.path);
    if (savedConfig) terminal2.error(`saved answers to ${node_path_default.relative(terminal2.cwd, savedConfig.path) || savedConfig.path}`);
    if (flags2.json) {
      terminal2.write(`${JSON.stringify({ ...recommendationJson(recommendation2, provenance, void 0, verification), ...pinJson(session), ...buildPlan, written, notes }, null, 2)}
`);
      return { code: 0, ...prepared.dockerfile ? { writtenDockerfile: prepared.dockerfile } : {} };
    }
    terminal2.write(`${summary()}

`);
    terminal2.write(`${written.map((file) => `wrote ${node_path_default.relative(terminal2.cwd, file) || file}`).join("\n")}
`);
    for (const note of notes) terminal2.error(`note: ${note}`);
    const context = shownPath2(terminal2.cwd, session.contextDirectory);
    const elsewhere = node_path_default.resolve(directory) !== node_path_default.resolve(session.contextDirectory) ? { dockerfile: shownPath2(terminal2.cwd, node_path_default.join(directory, "Dockerfile")) } : {};
    if (!flags2.build && !flags2.dryRun && typeof flags2.engine === "string" && flags2.engine !== "docker") {
      const [{ planFor: planFor2 }, { parseEngine: parseEngine2 }, { commandLine: commandLine3 }] = await Promise.all([Promise.resolve().then(() => (init_build_plan(), build_plan_exports)), Promise.resolve().then(() => (init_detect2(), detect_exports)), Promise.resolve().then(() => (init_plan(), plan_exports))]);
      const plan2 = planFor2(recommendation2, session, flags2, node_path_default.join(directory, "Dockerfile"), { engine: parseEngine2(flags2.engine), notes: [] });
      const where2 = node_path_default.relative(terminal2.cwd, plan2.cwd) || ".";
      terminal2.write(`
Build: ${where2 === "." ? "" : `cd ${shellWord(where2)} && `}${commandLine3(plan2)}
`);
    } else if (!flags2.build && !flags2.dryRun) {
      const multiPlatform = recommendation2.answers.arch.length > 1;
      terminal2.write(`
Build: ${shownBuildxLine(recommendation2, { image: session.imageName, context, ...elsewhere })}
`);
      const placeholder = placeholderNote(recommendation2, session.imageName);
      if (multiPlatform) terminal2.write(`(--push sends the multi-platform image to a registry${placeholder ? `: ${placeholder}` : ""}; for a file instead, use --output type=oci,dest=image.tar. Or let this tool run it: --build --push, or --build --oci FILE.)
`);
    }
    return { code: 0, ...prepared.dockerfile ? { writtenDockerfile: prepared.dockerfile } : {} };
  }
  if (flags2.json) {
    const contents = request ? Object.fromEntries(files.map((file) => [file.name, file.content])) : void 0;
    terminal2.write(`${JSON.stringify({ ...recommendationJson(recommendation2, provenance, contents, verification), ...pinJson(session), ...buildPlan, ...request ? { notes } : {} }, null, 2)}
`);
    return { code: 0 };
  }
  if (request) {
    terminal2.write(files.length === 1 ? files[0].content : files.map((file) => `==> ${file.name} <==
${file.content}`).join("\n"));
    for (const note of notes) terminal2.error(`note: ${note}`);
    return { code: 0 };
  }
  terminal2.write(`${summary()}
`);
  return { code: 0 };
}
var flagFor, buildFlags, pinJson;
var init_main = __esm({
  "source/cli/main.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_path();
    init_node_process();
    init_recommend();
    init_refusals();
    init_resolve();
    init_build_command();
    init_json();
    init_summary();
    init_project_warnings();
    init_pin();
    init_base_registry();
    init_multi_target();
    init_pin_choice();
    init_session();
    init_first_frame();
    init_ui_libraries();
    init_shown_list();
    init_shown_text();
    init_posix_shell();
    init_engine();
    init_ci_apps();
    init_app_selection();
    init_wizard_start();
    init_catalog2();
    init_terminal_writers();
    init_flags();
    flagFor = (id) => `--${kebab(answerFlags.find((flag) => flag.answer === id).name)}`;
    buildFlags = ["push", "oci", "engine", "builder", "baseRegistry", "insecure"];
    pinJson = (session) => pinChoiceJson(session.pin);
  }
});

// source/doctor/finding.ts
var severities, atLeast2;
var init_finding = __esm({
  "source/doctor/finding.ts"() {
    "use strict";
    init_define_PACKAGE();
    severities = ["error", "warning", "note"];
    atLeast2 = (severity, threshold) => severities.indexOf(severity) <= severities.indexOf(threshold);
  }
});

// source/doctor/report/human.ts
function humanReport(findings, options2) {
  const tint = (code, text3) => options2.color ? `${paint[code]}${text3}${paint.reset}` : text3;
  const lines2 = [];
  const files = [.../* @__PURE__ */ new Set([...options2.files, ...findings.map((finding) => finding.file)])];
  for (const file of files) {
    const own = findings.filter((finding) => finding.file === file);
    if (own.length === 0 && !options2.files.includes(file)) continue;
    lines2.push(tint("bold", safe(file)));
    if (own.length === 0) lines2.push(`  ${tint("dim", "no findings")}`);
    for (const finding of own) {
      const label2 = tint(finding.severity, finding.severity.padEnd(7));
      lines2.push(`  ${safe(file)}:${finding.line}  ${label2} ${finding.code}  ${safe(finding.message)}`);
      lines2.push(`  ${" ".repeat(`${safe(file)}:${finding.line}`.length)}  ${tint("dim", `fix: ${safe(finding.fix)}${finding.edits.length > 0 ? " (--fix does this)" : ""}`)}`);
    }
    lines2.push("");
  }
  for (const note of options2.notes) lines2.push(`note: ${safe(note)}`);
  lines2.push(summaryLine(findings));
  return `${lines2.join("\n")}
`;
}
function summaryLine(findings) {
  const counts = severities.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length]).filter(([, count]) => count > 0);
  const fixable = findings.filter((finding) => finding.edits.length > 0).length;
  if (counts.length === 0) return "no findings";
  return `${counts.map(([severity, count]) => `${count} ${severity}${count === 1 ? "" : "s"}`).join(", ")}${fixable > 0 ? `; ${fixable} fixable with --fix` : ""}`;
}
var safe, paint;
var init_human = __esm({
  "source/doctor/report/human.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_shown_text();
    init_finding();
    safe = (text3) => shownText(text3, { limit: 2e3 });
    paint = { error: "\x1B[31m", warning: "\x1B[33m", note: "\x1B[36m", dim: "\x1B[2m", bold: "\x1B[1m", reset: "\x1B[0m" };
  }
});

// source/doctor/report/json.ts
function jsonReport(findings, context) {
  return `${JSON.stringify({
    files: context.files,
    projects: context.projects,
    findings: findings.map(({ edits: edits2, ...finding }) => ({ ...finding, fixable: edits2.length > 0 })),
    notes: context.notes
  }, null, 2)}
`;
}
var init_json2 = __esm({
  "source/doctor/report/json.ts"() {
    "use strict";
    init_define_PACKAGE();
  }
});

// source/doctor/report/sarif.ts
function sarifReport(findings, tool3) {
  const index = new Map(rules.map((rule, position) => [rule.code, position]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "dotnet-image-wizard doctor",
          version: tool3.version,
          rules: rules.map((rule) => ({
            id: rule.code,
            name: rule.title.replaceAll(/[^A-Za-z0-9]+(.)?/g, (_match, next) => (next ?? "").toUpperCase()),
            shortDescription: { text: rule.title },
            help: { text: rule.fix },
            defaultConfiguration: { level: level[rule.severity] }
          }))
        }
      },
      results: findings.map((finding) => ({
        ruleId: finding.code,
        ruleIndex: index.get(finding.code) ?? 0,
        level: level[finding.severity],
        message: { text: `${finding.message} Fix: ${finding.fix}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: finding.file.split("\\").join("/") }, region: { startLine: finding.line, startColumn: finding.column } } }]
      }))
    }]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
var level;
var init_sarif = __esm({
  "source/doctor/report/sarif.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_rules();
    level = { error: "error", warning: "warning", note: "note" };
  }
});

// source/cli/doctor-flags.ts
function doctorHelpText() {
  const lines2 = [
    "Usage",
    "  $ dotnet-image-wizard doctor [PATH...] [options]",
    "",
    "Checks existing Dockerfiles (a file, the Dockerfiles of a folder, or those next to the",
    "project) in .NET terms: tags, support dates, platforms, users, ports, restore layers,",
    "secrets and .dockerignore. Each finding has a code, file:line and its fix.",
    "",
    "Options"
  ];
  for (const [name, spec] of Object.entries(doctorFlags)) {
    lines2.push(`  ${`--${kebab2(name)}${spec.value ? ` ${spec.value}` : ""}`.padEnd(22)} ${spec.help}`);
  }
  lines2.push("  --help                 show this help", "", "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 bad input.");
  return lines2.join("\n");
}
function parseDoctorCommandLine(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util2.parseArgs)({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { help: { type: "boolean", short: "h" }, ...Object.fromEntries(Object.entries(doctorFlags).map(([name, spec]) => [kebab2(name), { type: spec.type }])) }
    });
  } catch (error) {
    throw new InputError(`doctor: ${error.message.split("\n")[0]} See doctor --help.`);
  }
  const values = parsed.values;
  if (values.help) return "help";
  const text3 = (name) => typeof values[name] === "string" ? values[name] : void 0;
  if (values.json && text3("format") && text3("format") !== "json") throw new InputError("--json and --format name different formats: pass one.");
  const format = values.json ? "json" : oneOf(text3("format") ?? "human", ["human", "json", "sarif"], "--format");
  const arch = text3("arch")?.split(",").map((value) => oneOf(value, architectures, "--arch"));
  const engine = text3("engine") === void 0 ? void 0 : parseEngine(text3("engine"));
  if (engine === "sdk") throw new InputError("--engine sdk builds no Dockerfile: doctor takes docker, podman or buildah.");
  const today = text3("today");
  if (today !== void 0 && !/^\d{4}-\d\d-\d\d$/.test(today)) throw new InputError(`--today: ${shownValue(today)} is not a date like 2026-11-24.`);
  return {
    paths: parsed.positionals,
    format,
    plain: Boolean(values.plain),
    failOn: oneOf(text3("fail-on") ?? "error", ["error", "warning", "note"], "--fail-on"),
    fix: Boolean(values.fix),
    force: Boolean(values.force),
    ...text3("project") ? { project: text3("project") } : {},
    ...text3("detect") ? { detect: oneOf(text3("detect"), detectModes, "--detect") } : {},
    ...arch ? { arch } : {},
    ...engine ? { engine } : {},
    ...today ? { today } : {},
    offline: Boolean(values.offline)
  };
}
var import_node_util2, doctorFlags, kebab2, oneOf;
var init_doctor_flags = __esm({
  "source/cli/doctor-flags.ts"() {
    "use strict";
    init_define_PACKAGE();
    import_node_util2 = require("node:util");
    init_catalog();
    init_resolve();
    init_shown_text();
    init_evaluate();
    init_engine();
    doctorFlags = {
      format: { type: "string", value: "FORMAT", help: "human (default), json or sarif (SARIF 2.1.0, for code scanning)" },
      json: { type: "boolean", help: "the same as --format json" },
      plain: { type: "boolean", help: "no colour (also when NO_COLOR is set or stdout is not a terminal)" },
      failOn: { type: "string", value: "SEVERITY", help: "exit 1 when a finding is at least this severe: error (default), warning or note" },
      fix: { type: "boolean", help: "rewrite what is safe to fix (tags, platforms, USER, ports, restore options); shows the diff first" },
      force: { type: "boolean", help: "with --fix: write without asking (needed when not in a terminal)" },
      project: { type: "string", value: "PATH", help: "the project or solution to judge the Dockerfiles against (default: found next to them)" },
      detect: { type: "string", value: "READER", help: "xml (default: reads the project files, runs nothing) or msbuild (dotnet msbuild evaluates them)" },
      arch: { type: "string", value: "LIST", help: "the platforms the image is built for: amd64, arm64, arm, comma-separated" },
      engine: { type: "string", value: "ENGINE", help: "the engine that builds it (docker, podman, buildah): its version decides COPY --link" },
      today: { type: "string", value: "DATE", help: "judge support dates as of DATE (YYYY-MM-DD) instead of today" },
      offline: { type: "boolean", help: "use only the catalog built into this version" }
    };
    kebab2 = (name) => name.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    oneOf = (value, accepted2, flag) => {
      const lower = value.trim().toLowerCase();
      if (!accepted2.includes(lower)) throw new InputError(`${flag}: ${shownValue(value)} is not one of ${accepted2.join(", ")}.`);
      return lower;
    };
  }
});

// source/cli/doctor.ts
var doctor_exports = {};
__export(doctor_exports, {
  doctor: () => doctor,
  runDoctor: () => runDoctor
});
async function engineFacts(name) {
  const engine = engines[name];
  const answer = await probe(engine.program, engine.versionArgs);
  if (!answer.ok) throw new InputError(`--engine ${name}: ${engine.program} ${engine.versionArgs.join(" ")} did not answer (${firstLine(answer.stderr) || (answer.missing ? "not installed" : "no output")}).`);
  const version3 = /\d+\.\d+(?:\.\d+)?/.exec(answer.stdout)?.[0] ?? firstLine(answer.stdout);
  return { name, version: version3, copyLink: engine.dialect ? engine.dialect(version3).copyLink : true };
}
async function confirm(question) {
  const prompt = (0, import_promises17.createInterface)({ input: node_process_default.stdin, output: node_process_default.stderr });
  try {
    return /^y(?:es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}
async function applyFixes(checked, findings, flags2, terminal2, show) {
  const changes2 = checked.map((item) => ({ item, after: fixedText(item.text, findings, item.input.file) })).filter((change) => change.after !== change.item.text);
  if (changes2.length === 0) {
    terminal2.error("--fix: nothing here is safe to rewrite automatically.");
    return { fixed: false };
  }
  for (const change of changes2) show(shownText(unifiedDiff(change.item.text, change.after, change.item.input.file), { lines: true, limit: Number.POSITIVE_INFINITY }));
  if (!flags2.force) {
    if (!terminal2.stdinIsTTY) return { fixed: false, refused: "--fix: not in a terminal, so nothing was written: pass --force to write these changes." };
    if (!await confirm(`Write these changes to ${changes2.map((change) => change.item.input.file).join(", ")}? [y/N] `)) return { fixed: false, refused: "--fix: nothing written." };
  }
  const { writeFileSet: writeFileSet2 } = await Promise.resolve().then(() => (init_write_files(), write_files_exports));
  await writeFileSet2(changes2.map((change) => ({ path: change.item.path, content: change.after })), { force: true });
  for (const change of changes2) {
    change.item.text = change.after;
    change.item.input = { ...change.item.input, dockerfile: parseDockerfile(change.after) };
    terminal2.error(`fixed ${change.item.input.file}`);
  }
  return { fixed: true };
}
async function doctor(argv, terminal2) {
  const flags2 = parseDoctorCommandLine(argv);
  if (flags2 === "help") {
    terminal2.write(`${doctorHelpText()}
`);
    return 0;
  }
  const ended = await openCatalog({ ...flags2.offline ? { offline: true } : {} }, terminal2);
  if (ended !== void 0) return ended;
  const options2 = {
    cwd: terminal2.cwd,
    today: flags2.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    ...flags2.project ? { project: flags2.project } : {},
    // A pull request's project is untrusted code: read as written unless --detect asks for MSBuild.
    detect: flags2.detect ?? "xml",
    ...flags2.arch ? { arch: flags2.arch } : {},
    ...flags2.engine ? { engine: await engineFacts(flags2.engine) } : {}
  };
  const files = await dockerfilesToCheck(flags2.paths, options2);
  const checked = [];
  for (const file of files) checked.push(await gatherInput(file, options2));
  let findings = checked.flatMap((item) => diagnose(item.input));
  const show = flags2.format === "human" ? terminal2.write : (text3) => terminal2.error(text3.trimEnd());
  let refused;
  if (flags2.fix) {
    const outcome = await applyFixes(checked, findings, flags2, terminal2, show);
    refused = outcome.refused;
    if (outcome.fixed) findings = checked.flatMap((item) => diagnose(item.input));
  }
  const notes = [...new Set(checked.flatMap((item) => item.notes))];
  const projects = [...new Map(checked.flatMap((item) => item.input.project ? [[item.input.project.file, item.input.project.evaluator]] : [])).entries()].map(([file, reader]) => ({ file, reader }));
  const readerLines = projects.map((project) => `read ${project.file} with ${readerNames[project.reader]}`);
  const shownFiles = checked.map((item) => item.input.file);
  if (flags2.format === "json") terminal2.write(jsonReport(findings, { files: shownFiles, projects, notes }));
  else if (flags2.format === "sarif") terminal2.write(sarifReport(findings, { version: typeof define_PACKAGE_default === "object" ? define_PACKAGE_default.version : "0.0.0" }));
  else {
    const color = !flags2.plain && terminal2.stdoutIsTTY && !node_process_default.env.NO_COLOR && node_process_default.env.TERM !== "dumb";
    terminal2.write(humanReport(findings, { color, files: shownFiles, notes: [...readerLines, ...notes].map((line) => line.replace(/^note: /, "")) }));
  }
  if (flags2.format !== "human") for (const line of [...readerLines, ...notes]) terminal2.error(`note: ${line}`);
  if (refused) {
    terminal2.error(refused);
    return 2;
  }
  return findings.some((finding) => atLeast2(finding.severity, flags2.failOn)) ? 1 : 0;
}
async function runDoctor(argv, terminal2) {
  try {
    return await doctor(argv, withWriters(terminal2, { error: (text3) => terminal2.error(shownText(text3, { lines: true, limit: Number.POSITIVE_INFINITY })) }));
  } catch (error) {
    terminal2.error(errorLine(error));
    return error instanceof InputError ? 2 : 1;
  }
}
var import_promises17, readerNames;
var init_doctor2 = __esm({
  "source/cli/doctor.ts"() {
    "use strict";
    init_define_PACKAGE();
    init_node_process();
    import_promises17 = require("node:readline/promises");
    init_doctor();
    init_finding();
    init_inputs();
    init_diff();
    init_fix();
    init_human();
    init_json2();
    init_sarif();
    init_dockerfile2();
    init_resolve();
    init_shown_text();
    init_probe();
    init_detect2();
    init_catalog2();
    init_doctor_flags();
    init_main();
    init_terminal_writers();
    readerNames = { msbuild: "MSBuild's evaluation (dotnet msbuild, --detect msbuild)", xml: "the XML reader (the project files as written, no SDK, nothing run)" };
  }
});

// cli.tsx
init_define_PACKAGE();
init_node_process();
init_flags();
init_main();

// source/cli/parse-flags.ts
init_define_PACKAGE();
var import_node_util = require("node:util");
init_answers();
init_resolve();
init_shown_text();
init_flags();
var options = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  ...Object.fromEntries(Object.entries(flags).map(([name, spec]) => [kebab(name), { type: spec.type, ..."shortFlag" in spec ? { short: spec.shortFlag } : {} }]))
};
var camel = (name) => name.replaceAll(/-([a-z])/g, (_match, letter) => letter.toUpperCase());
function withOptionalValues(argv) {
  return argv.map((token, index) => token === "--write" && (argv[index + 1] === void 0 || argv[index + 1].startsWith("-")) ? "--write=" : token);
}
function valueError(message) {
  const name = /'(?:-\w, )?--([a-z-]+)/.exec(message)?.[1];
  const spec = name === void 0 ? void 0 : flags[camel(name)];
  if (name === void 0 || spec === void 0) return message.split("\n")[0];
  if (/does not take an argument/.test(message)) return `--${name} takes no value.`;
  const dash = /ambiguous/.test(message) ? ` (for a value that starts with a dash: --${name}=-value)` : "";
  return `--${name} needs a value: --${name} ${spec.value ?? "VALUE"}${dash}.`;
}
function parseCommandLine(argv) {
  const parsed = readCommandLine(argv);
  return parsed.kind === "error" ? { kind: "error", message: shownText(parsed.message, { limit: 1e3 }) } : parsed;
}
function readCommandLine(argv) {
  const unknown = unknownFlagError(argv);
  if (unknown) return { kind: "error", message: unknown };
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: withOptionalValues(argv), options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    return { kind: "error", message: `${valueError(error.message)} See --help.` };
  }
  const seen = /* @__PURE__ */ new Set();
  for (const token of parsed.tokens) {
    if (token.kind !== "option") continue;
    if (seen.has(token.name)) return { kind: "error", message: `The flag --${token.name} can only be set once. See --help.` };
    seen.add(token.name);
  }
  if (parsed.values.help) return { kind: "help" };
  if (parsed.values.version) return { kind: "version" };
  if (parsed.positionals.length > 0) return { kind: "error", message: `unexpected argument "${parsed.positionals[0]}": everything is passed as flags (--project PATH for a project). See --help.` };
  const values = Object.fromEntries(Object.entries(parsed.values).map(([name, value]) => [camel(name), value]));
  const invalid = invalidValue(values);
  return invalid === void 0 ? { kind: "run", flags: values } : { kind: "error", message: invalid };
}
function invalidValue(values) {
  if (values.pin && values.noPin) return "--pin and --no-pin say opposite things: give one of them.";
  try {
    for (const [name, spec] of Object.entries(flags)) {
      const value = values[name];
      if (typeof value === "string" && spec.check) spec.check(value);
    }
    const answers = Object.fromEntries(answerIds.filter((id) => id !== "dotnet" && typeof values[id] === "string").map((id) => [id, values[id]]));
    const today = typeof values.today === "string" && /^\d{4}-\d\d-\d\d$/.test(values.today) ? values.today : (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
    resolveAnswers([{ source: "flag", values: answers, origin: (id) => `--${id}` }], today);
    return void 0;
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}

// source/session/broken-output.ts
init_define_PACKAGE();
init_node_process();
init_failure_reasons();
init_cancellation();
function stopOnBrokenOutput(stdout, stderr) {
  const onStdout = (stream) => stream.on("error", stopOnOutputError);
  const onStderr = (stream) => stream.on("error", () => {
  });
  if (stdout) onStdout(stdout);
  else onFirstUse("stdout", onStdout);
  if (stderr) onStderr(stderr);
  else onFirstUse("stderr", onStderr);
}
function stopOnOutputError(error) {
  if (error.code === "EPIPE") stopNow(141);
  stopNow(1, () => `dotnet-image-wizard: cannot write the output: ${failureReason2(error)}.`);
}
function onFirstUse(name, install) {
  const made = Object.getOwnPropertyDescriptor(node_process_default, name);
  if (!made?.get || !made.configurable) {
    install(node_process_default[name]);
    return;
  }
  Object.defineProperty(node_process_default, name, {
    configurable: true,
    enumerable: made.enumerable ?? true,
    get() {
      const stream = made.get.call(node_process_default);
      Object.defineProperty(node_process_default, name, { configurable: true, enumerable: made.enumerable ?? true, value: stream, writable: true });
      install(stream);
      return stream;
    }
  });
}

// cli.tsx
init_cancellation();

// source/session/standard-output.ts
init_define_PACKAGE();
var import_node_fs17 = require("node:fs");
init_node_process();
function writeStdout(text3) {
  if (Object.getOwnPropertyDescriptor(node_process_default, "stdout")?.get === void 0) node_process_default.stdout.write(text3);
  else writeToDescriptor(1, text3, (rest) => node_process_default.stdout.write(rest));
}
function writeToDescriptor(descriptor, text3, rest) {
  const bytes = Buffer.from(text3);
  let written = 0;
  try {
    while (written < bytes.length) written += (0, import_node_fs17.writeSync)(descriptor, bytes, written);
  } catch (error) {
    if (error.code !== "EAGAIN") stopOnOutputError(error);
    rest(bytes.subarray(written));
  }
}

// cli.tsx
installCancellation();
stopOnBrokenOutput();
var terminal = {
  get stdinIsTTY() {
    return Boolean(node_process_default.stdin.isTTY);
  },
  get stdoutIsTTY() {
    return Boolean(node_process_default.stdout.isTTY);
  },
  cwd: node_process_default.cwd(),
  write: writeStdout,
  error: (text3) => node_process_default.stderr.write(`${text3}
`)
};
var commandLine2 = node_process_default.argv[2] === "doctor" ? { kind: "doctor" } : parseCommandLine(node_process_default.argv.slice(2));
async function run2() {
  if (commandLine2.kind === "doctor") {
    const { runDoctor: runDoctor2 } = await Promise.resolve().then(() => (init_doctor2(), doctor_exports));
    return runDoctor2(node_process_default.argv.slice(3), terminal);
  }
  if (commandLine2.kind === "error") {
    node_process_default.stderr.write(`dotnet-image-wizard: ${commandLine2.message}
`);
    return 2;
  }
  if (commandLine2.kind === "help") {
    writeStdout(`${helpText()}
`);
    return 0;
  }
  if (commandLine2.kind === "version") {
    writeStdout(`${typeof define_PACKAGE_default === "object" ? define_PACKAGE_default.version : "unknown (not built)"}
`);
    return 0;
  }
  return main(commandLine2.flags, terminal);
}
void run2().then((code) => {
  node_process_default.exitCode = code;
});
