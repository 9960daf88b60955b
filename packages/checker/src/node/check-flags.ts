/**
 * The checking options shared by `soat check` and `soat report` (--lang, --mode, --profile, --parent),
 * validated against the rule vocabulary, as parseArgs option specs and their conversion to CheckOptions.
 */
import { LANGS, MODES, PROFILES, type Lang, type Mode, type Profile } from '@soat/rules/vocabulary';
import type { CheckOptions } from '../types';

export const CHECK_FLAGS = {
  lang: { type: 'string' },
  mode: { type: 'string' },
  profile: { type: 'string' },
  parent: { type: 'string', multiple: true },
} as const;

interface CheckFlagValues {
  readonly lang?: string | undefined;
  readonly mode?: string | undefined;
  readonly profile?: string | undefined;
  readonly parent?: readonly string[] | undefined;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T))
    throw new Error(`--${flag} chỉ nhận ${allowed.join(' hoặc ')} (nhận được "${value}")`);
  return value as T;
}

/** CheckOptions from the flags given (absent flags stay absent, so a config file can fill them), or the error. */
export function checkOptionsFromFlags(values: CheckFlagValues): { options: CheckOptions } | { error: string } {
  try {
    return {
      options: {
        ...(values.lang ? { lang: oneOf<Lang>('lang', values.lang, LANGS) } : {}),
        ...(values.mode ? { mode: oneOf<Mode>('mode', values.mode, MODES) } : {}),
        ...(values.profile ? { profile: oneOf<Profile>('profile', values.profile, PROFILES) } : {}),
        ...(values.parent ? { expectedParents: [...values.parent] } : {}),
      },
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
