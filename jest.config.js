// Unit specs sit beside the code (libs/, apps/, deploy/); end-to-end specs live under test/.
const tsJest = [
  'ts-jest',
  {
    useESM: true,
    tsconfig: 'tsconfig.json',
    isolatedModules: true,
    diagnostics: false,
  },
];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^@groundwork/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

const SCRATCH_TREE_PROOFS = ['/test/generator/', '/test/platform/dev-mode\\.e2e-spec\\.ts$'];

export default {
  // A global option: inside a project it is ignored. End-to-end suites boot apps and hash passwords.
  testTimeout: 60_000,
  // End-to-end suites mostly wait on child processes, databases and timers, not on this process's
  // CPU: two at a time on the 2-core machines (jest's default would be one) halves the wall time.
  maxWorkers: 2,
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/deploy', '<rootDir>/test/support'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      // Proofs that copy the whole tree (the generator, `npm run dev`) take minutes: `npm run
      // test:proofs` runs them, and CI runs that after `npm test`.
      testPathIgnorePatterns: process.env.GW_TEST_PROOFS === '1' ? [] : SCRATCH_TREE_PROOFS,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
