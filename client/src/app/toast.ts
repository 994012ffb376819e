import { create } from 'zustand';

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'warn';
}

interface ToastState {
  toasts: Toast[];
  show: (text: string, tone?: Toast['tone']) => void;
}

let counter = 0;

/** Short confirmations ("Tersimpan otomatis") that disappear by themselves after a few seconds. */
export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  show: (text, tone = 'info') => {
    const id = ++counter;
    // The same message twice in a row (Ctrl+S pressed again) replaces the first one.
    set((s) => ({ toasts: [...s.toasts.filter((t) => t.text !== text), { id, text, tone }] }));
    setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), 3500);
  },
}));

/** Show a toast from anywhere (event handlers, editor commands). */
export const showToast = (text: string, tone?: Toast['tone']) => useToasts.getState().show(text, tone);
