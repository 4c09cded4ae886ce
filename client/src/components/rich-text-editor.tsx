import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (html: string) => void;
  describedBy?: string;
}

/** Tiptap with a small toolbar; emits HTML. Loaded only with the screens that compose text. */
export default function RichTextEditor({ id, label, value, onChange, describedBy }: Props) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: [StarterKit],
    content: value,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        class: 'tiptap prose max-w-none',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });
  useEffect(() => {
    if (editor && value === '' && !editor.isEmpty) editor.commands.clearContent();
  }, [editor, value]);
  const tool = (name: string, run: () => void, active: boolean) => (
    <button
      type="button"
      aria-pressed={active}
      onClick={run}
      className="rounded px-2 py-0.5 text-sm aria-pressed:bg-slate-200"
    >
      {t(`editor.${name}`)}
    </button>
  );
  return (
    <div className="rounded border border-slate-400 bg-white">
      <div
        role="toolbar"
        aria-label={t('editor.toolbar')}
        className="flex gap-1 border-b border-slate-200 p-1"
      >
        {editor && tool('bold', () => editor.chain().focus().toggleBold().run(), editor.isActive('bold'))}
        {editor &&
          tool('italic', () => editor.chain().focus().toggleItalic().run(), editor.isActive('italic'))}
        {editor &&
          tool(
            'bulletList',
            () => editor.chain().focus().toggleBulletList().run(),
            editor.isActive('bulletList'),
          )}
        {editor &&
          tool(
            'orderedList',
            () => editor.chain().focus().toggleOrderedList().run(),
            editor.isActive('orderedList'),
          )}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
