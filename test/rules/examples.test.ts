// Every rule's inline examples run as tests.
import { rules } from '@soat/rules';
import { runRuleExamples } from '../harness/rule-tester';

for (const rule of rules) runRuleExamples(rule);
