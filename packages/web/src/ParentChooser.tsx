/**
 * The reviewer view's optional parent plan ("Kế hoạch cấp trên"): chosen once, read once in a checking worker
 * (`CheckPool.readParent`: the page's readers, `readParentPlan`), then every plan of a run is matched against its
 * tasks in the workers. A parent that gives no tasks is named with its problem, in the page's language, and the plans
 * are checked without the task matrix.
 */
import type { Lang } from '@soat/checker';
import { parentProblemText } from '@soat/checker/report';
import type { CheckPool } from './pool';
import type { ParentRead } from './protocol';
import { strings } from './strings';

/** A parent plan chosen: its file name, its reading (a promise the runs wait for) and, once read, what it gave. */
export interface ParentChoice {
  readonly path: string;
  readonly read: Promise<ParentRead>;
  readonly result: ParentRead | null;
}

/** The choice of `file`, read in the pool; `onRead` gets the choice again once read (the same path, `result` set). */
export function chooseParent(pool: CheckPool, file: File, onRead: (read: ParentChoice) => void): ParentChoice {
  const read = pool.readParent(file.name, file);
  const choice: ParentChoice = { path: file.name, read, result: null };
  void read.then((result) => onRead({ ...choice, result }));
  return choice;
}

/** A message of the checker (lower case, as the CLI prints it after "soat coverage:") as a sentence. */
const sentence = (message: string) =>
  `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?…]$/.test(message) ? '' : '.'}`;

export function ParentChooser({
  lang,
  choice,
  onFile,
  onClear,
}: {
  lang: Lang;
  choice: ParentChoice | null;
  onFile: (file: File) => void;
  onClear: () => void;
}) {
  const t = strings(lang);
  const result = choice?.result;
  return (
    <div class="parent-plan">
      <label class="button">
        {t.parentPlan}
        <input
          type="file"
          class="sr"
          data-input="parent"
          accept=".docx,.doc,.pdf,.html,.htm,.txt"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }}
        />
      </label>{' '}
      {choice ? (
        <>
          <span
            class="file"
            data-parent={choice.path}
            data-parent-state={result ? ('plan' in result ? 'read' : 'error') : 'reading'}
          >
            {choice.path}
          </span>
          {!result && <> — {t.parentReading}</>}
          {result && 'plan' in result && (
            <>
              {' '}
              — {result.plan.tasks.length} {t.parentTasks}
            </>
          )}{' '}
          <button type="button" data-parent-clear onClick={onClear}>
            {t.parentClear}
          </button>
          {result && 'problem' in result && (
            <p role="alert" class="drop-error" data-parent-error>
              {sentence(parentProblemText(result.problem, lang))} {t.parentWithout}
            </p>
          )}
        </>
      ) : (
        <span class="meta">{t.parentNone}</span>
      )}
    </div>
  );
}
