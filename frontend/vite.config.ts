/// <reference types="vitest/config" />
import { constants as zlibConstants } from "node:zlib";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";

// The app is served by the Village API at /; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [
    react(),
    // Every text asset also written as .br and .gz beside it, at the highest levels (once, at
    // build time): app/web.py sends the one the browser accepts. A file whose compressed form
    // would not be smaller gets none, and is sent as it is. Source maps are left out: only
    // developer tools fetch them, and brotli at 11 on them triples the build's time.
    compression({
      include: /\.(html|js|mjs|css|svg|json|txt)$/,
      algorithms: [
        defineAlgorithm("brotliCompress", { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm("gzip", { level: 9 }),
      ],
      logLevel: "silent",
    }),
  ],
  build: {
    outDir: "dist",
    sourcemap: true,
    // No inline scripts or styles: the strict Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8000",
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test-setup.ts"],
  },
});
