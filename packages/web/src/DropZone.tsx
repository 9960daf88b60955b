/** Where files are given: dropped (folders too, walked recursively) or picked with the keyboard-usable inputs. */
import type { Lang } from '@soat/checker';
import { useState } from 'preact/hooks';
import { fromDrop, fromFileList, type Dropped, type PickedFile } from './files';
import { strings } from './strings';

export interface DropZoneProps {
  readonly lang: Lang;
  readonly multiple: boolean;
  readonly label: string;
  readonly onFiles: (files: PickedFile[]) => void;
}

export function DropZone({ lang, multiple, label, onFiles }: DropZoneProps) {
  const t = strings(lang);
  const [over, setOver] = useState(false);
  const [unreadable, setUnreadable] = useState<Dropped['unreadable']>([]);
  const picked = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    setUnreadable([]);
    if (input.files?.length) onFiles(fromFileList(input.files));
    // The same file chosen again is a change too: it is checked again.
    input.value = '';
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target for a mouse; its file input is the accessible control
    <div
      class={`drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!e.dataTransfer) return;
        void fromDrop(e.dataTransfer).then((dropped) => {
          setUnreadable(dropped.unreadable);
          if (dropped.files.length > 0) onFiles(dropped.files);
        });
      }}
    >
      <span>{label}</span>{' '}
      <label class="button">
        {multiple ? t.pickFiles : t.pickOne}
        <input type="file" class="sr" data-input={multiple ? 'files' : 'file'} multiple={multiple} onChange={picked} />
      </label>
      {multiple && (
        <label class="button">
          {t.pickFolder}
          <input type="file" class="sr" data-input="folder" {...{ webkitdirectory: true }} onChange={picked} />
        </label>
      )}
      {unreadable.length > 0 && (
        <div role="alert" class="drop-error">
          {t.dropUnreadable}
          <ul>
            {unreadable.map((u) => (
              <li key={u.path} data-drop-unreadable={u.path}>
                {u.path || '/'} — {u.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
