/**
 * Jest for the browser test only (`npm run test:browser`): the production build in Debian's Chromium.
 * Its files end in .e2e.ts, so the main `jest` run (test/**\/*.test.ts) does not pick them up.
 */
const dasar = require('../../jest.config.js');

module.exports = {
  ...dasar,
  rootDir: '../..',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.e2e.ts'],
  // One browser, one server: the scenarios run one after another.
  maxWorkers: 1,
  testTimeout: 120000,
};
