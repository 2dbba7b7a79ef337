/**
 * webpack.config.js without building: a build never asks for certificates (it must run offline, on CI,
 * without office-addin-dev-certs installing anything); only `webpack serve` does, for https on port 3000.
 */
const getHttpsServerOptions = jest.fn(async () => ({ ca: 'CA', key: 'KUNCI', cert: 'SERTIFIKAT' }));
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions }));

interface Konfigurasi {
  mode: string;
  devtool: string | false;
  devServer: { port: number; server: unknown };
  output: { filename: string };
}
type FungsiKonfigurasi = ((env: Record<string, unknown>, argv: Record<string, unknown>) => Konfigurasi | Promise<Konfigurasi>) & {
  urlDev: string;
  urlProd: string;
};

const webpackConfig = require('../../webpack.config.js') as FungsiKonfigurasi;

beforeEach(() => getHttpsServerOptions.mockClear());

test('a production build needs no certificates and ships no source maps', async () => {
  const k = await webpackConfig({ WEBPACK_BUILD: true }, { mode: 'production' });
  expect(getHttpsServerOptions).not.toHaveBeenCalled();
  expect([k.mode, k.devtool, k.output.filename]).toEqual(['production', false, '[name].js']);
});

test('a development build needs no certificates either', async () => {
  const k = await webpackConfig({ WEBPACK_BUILD: true }, { mode: 'development' });
  expect(getHttpsServerOptions).not.toHaveBeenCalled();
  expect(k.mode).toBe('development');
});

test('webpack serve: https on port 3000 with the Office development certificates', async () => {
  const k = await webpackConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
  expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
  expect(k.devServer.port).toBe(3000);
  expect(k.devServer.server).toEqual({ type: 'https', options: { ca: 'CA', key: 'KUNCI', cert: 'SERTIFIKAT' } });
});

test('the production address is one https constant ending in "/", distinct from the development one', () => {
  expect(webpackConfig.urlDev).toBe('https://localhost:3000/');
  expect(webpackConfig.urlProd).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
  expect(webpackConfig.urlProd).not.toBe(webpackConfig.urlDev);
});
