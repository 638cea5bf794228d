// The version echo-dataset writes into the bundles and datasets it makes (manifest `generator`).
export const CLI_VERSION = '0.1.0';
