/** Node-only entry: file reading, configuration and the CLI. */
export { main } from './cli';
export { readInput, ReadError, type ReadOptions } from './read-file';
export { findConfig, loadConfig, ConfigError, CONFIG_NAME } from './config';
