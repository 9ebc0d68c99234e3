'use client';

import { useState, type ReactNode } from 'react';
import { Modal } from '@mantine/core';

/** Which record the add/edit modal shows. undefined: closed; null: adding; a record: editing it. */
export function useRecordModal<T>() {
  const [editing, setEditing] = useState<T | null | undefined>(undefined);
  return {
    editing,
    add: () => setEditing(null),
    edit: (record: T) => setEditing(record),
    close: () => setEditing(undefined),
  };
}

/** The add/edit modal of a RecordsTable; the form is mounted only while open, so it starts fresh. */
export function RecordModal<T>({ modal, title, children }: {
  modal: ReturnType<typeof useRecordModal<T>>;
  title: (record: T | null) => string;
  /** The form: `record` is undefined when adding; `done` closes the modal. */
  children: (record: T | undefined, done: () => void) => ReactNode;
}) {
  const { editing, close } = modal;
  return (
    <Modal opened={editing !== undefined} onClose={close} title={title(editing ?? null)} size="lg">
      {editing !== undefined && children(editing ?? undefined, close)}
    </Modal>
  );
}
