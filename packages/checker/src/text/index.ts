export { fold, withoutTones } from './fold';
export { normalize, type WorkingText } from './normalize';
export { OffsetMap, MappedTextBuilder } from './offset-map';
export { splitSentences } from './segment';
