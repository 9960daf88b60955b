/** Node-only entry: file reading, configuration and the CLI. */
export { main } from './cli';
export { readInput, ReadError, type ReadOptions } from './read-file';
export { findConfig, loadConfig, ConfigError, CONFIG_NAME } from './config';
export { readBytesNode, readOptionsFromFlags } from './read-file';
export { runReport } from './report/command';
export { collectInputs } from './report/collect';
export { progressLine } from './report/progress';
export { fixFile } from './fix-file';
export { ocrAvailable } from './readers/ocr';
