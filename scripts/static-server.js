/**
 * A small static file server for the built add-in and playground (plain Node, no dependencies), used by
 * `npm run playground`, `npm start` and the end-to-end tests. Serves GET and HEAD from one or more folders
 * (the first that has the file wins), never outside them; `/` redirects to the playground page.
 */
"use strict";

const fs = require("node:fs");
const http = require("node:http");
const https = require("node:https");
const path = require("node:path");
const { URL } = require("node:url");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The file for a URL path inside one of `roots`, or null. */
function resolveFile(roots, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  for (const root of roots) {
    const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
    if (file !== root && !file.startsWith(root + path.sep)) continue;
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not in this root
    }
  }
  return null;
}

/** A request handler serving `roots` (absolute folders). */
function staticHandler(roots, { index = "/playground.html", cors = false } = {}) {
  const absolute = roots.map((root) => path.resolve(root));
  return (request, response) => {
    const url = new URL(request.url || "/", "http://localhost");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (url.pathname === "/") {
      response.writeHead(302, { Location: `${index}${url.search}` }).end();
      return;
    }
    const file = resolveFile(absolute, url.pathname);
    if (!file) {
      response
        .writeHead(404, { "Content-Type": "text/plain; charset=utf-8" })
        .end(`Not found: ${url.pathname}\n`);
      return;
    }
    const headers = {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
      "Content-Length": fs.statSync(file).size,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    };
    if (cors) headers["Access-Control-Allow-Origin"] = "*";
    response.writeHead(200, headers);
    if (request.method === "HEAD") response.end();
    else fs.createReadStream(file).pipe(response);
  };
}

/**
 * Starts a server on `host:port` (port 0 = a free one). With `tls` ({ key, cert, ca }) it is https.
 * Resolves to { server, url, close() }; rejects with a readable message when the port is taken.
 */
function startStaticServer({ roots, port, host = "localhost", tls = null, cors = false, index }) {
  const handler = staticHandler(roots, { cors, index });
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", (error) => {
      const scheme = tls ? "https" : "http";
      reject(
        error && error.code === "EADDRINUSE"
          ? new Error(
              `port ${port} is in use: stop what serves ${scheme}://${host}:${port}/ or choose another port`,
            )
          : error,
      );
    });
    server.listen(port, host, () => {
      const address = server.address();
      const shownHost = host === "127.0.0.1" || host === "::1" || host === "0.0.0.0" ? host : "localhost";
      const url = `${tls ? "https" : "http"}://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${address.port}/`;
      resolve({
        server,
        url,
        port: address.port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { startStaticServer, staticHandler, resolveFile };
