export { fold, withoutTones } from './fold';
export { normalise, type WorkingText } from './normalise';
export { OffsetMap, MappedTextBuilder } from './offset-map';
export { FULL_STOP, splitSentences } from './segment';
