/* global require, module, process, __dirname */
/**
 * Build of the LKIP Kinerja add-in (webpack 5).
 *
 *   npm run build        production: dist/ for deployment (no certificates, no network needed)
 *   npm run build:dev    development build into dist/
 *   npm run dev-server   https://localhost:3000/ with Office's development certificates (webpack serve only)
 *
 * Output (dist/):
 *   functions.js    the custom functions, a file of its own (registers them while it loads)
 *   functions.json  their metadata, generated from the JSDoc in src/functions/functions.ts
 *   taskpane.js     the task pane (React); needs functions.js loaded first (entry dependOn)
 *   taskpane.html   loads functions.js, then taskpane.js: one page runs both (Office's shared runtime)
 *   assets/*.png    icons
 *   manifest.xml    the manifest with its URLs pointing at urlProd (production) or urlDev (development)
 *
 * Production address: manifest.xml in the repository points at urlDev (https://localhost:3000/). A production
 * build copies it to dist/manifest.xml with every urlDev replaced by urlProd below: set urlProd to the https
 * address (ending in "/") where dist/ is hosted, then run `npm run build` and distribute dist/manifest.xml.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';
/** The one place to set where the add-in is hosted in production (https, ending in "/"). */
const urlProd = 'https://lkip-kinerja.example.org/';

const portDev = Number(process.env.npm_package_config_dev_server_port || 3000);

if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(urlProd)) {
  throw new Error(`webpack.config.js: urlProd harus alamat https yang diakhiri "/": ${urlProd}`);
}

/** manifest.xml as copied to dist/: its development URLs rewritten for production. */
function manifestUntuk(produksi) {
  return (isi) => (produksi ? isi.toString().split(urlDev).join(urlProd) : isi);
}

/** Certificates only when serving: `webpack serve` sets env.WEBPACK_SERVE. A build never touches them. */
function opsiHttps() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions().then(({ ca, key, cert }) => ({ ca, key, cert }));
}

module.exports = (env = {}, argv = {}) => {
  const produksi = argv.mode !== 'development';
  const layani = Boolean(env.WEBPACK_SERVE);
  return layani
    ? opsiHttps().then((opsi) => konfigurasi(produksi, { type: 'https', options: opsi }))
    : konfigurasi(produksi, 'https');
};

function konfigurasi(produksi, serverDev) {
  return {
    mode: produksi ? 'production' : 'development',
    context: __dirname,
    // Production: no source maps at all (nothing inlined, nothing extra to deploy).
    devtool: produksi ? false : 'source-map',
    entry: {
      // Self-contained: Excel may run it on its own, and the build test loads it alone in a bare `vm` context.
      functions: './src/functions/functions.ts',
      // Loaded after functions.js on the same page (taskpane.html), so it reuses what functions.js already
      // holds (decimal.js, the formula core, webpack's runtime) instead of shipping a second copy.
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
      // The runtime lives in functions.js; `globalThis` (not `self`/`window`) keeps it loadable outside a page.
      globalObject: 'globalThis',
      // Lazy chunks load next to taskpane.html; no automatic detection through document.currentScript.
      publicPath: '',
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    module: {
      rules: [
        // The core and the report engine are pure (no top-level side effects): webpack may leave out the
        // modules a bundle does not use, so the daily-price code stays in its on-demand chunk (harian.js).
        { test: /[\\/]src[\\/](core|report)[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { sourceMap: !produksi } },
          },
        },
      ],
    },
    optimization: {
      usedExports: true,
      sideEffects: true,
    },
    performance: {
      hints: produksi ? 'warning' : false,
      maxEntrypointSize: 500 * 1024,
      maxAssetSize: 500 * 1024,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        // Absolute: the plugin resolves it against the working directory, the entry against `context`.
        input: path.resolve(__dirname, 'src/functions/functions.ts'),
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // functions first: the functions register before the pane starts.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestUntuk(produksi) },
        ],
      }),
    ],
    devServer: {
      port: portDev,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serverDev,
      static: false,
    },
  };
}

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
