/**
 * `@soat/rules/descriptions`: each rule's long description by id (vi/en), for the outputs that explain the rules
 * (SARIF's rule list, the HTML report's glossary) without the whole registry. Generated with the metadata
 * (`pnpm --filter @soat/rules gen`); test/structure checks it matches the rules.
 */
export { ruleDescriptions } from './descriptions.generated';
