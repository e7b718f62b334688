// A modal <dialog>: the browser traps focus, Escape closes it, and focus goes back to the
// button that opened it when it closes.
import { useEffect, useRef } from "react";
import type { ReactNode } from "react";

import "../styles/member.css";

interface DialogProps {
  open: boolean;
  onClose(): void;
  /** The id of the dialog's heading: its accessible name. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}

export function Dialog({ open, onClose, labelledBy, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      // jsdom (tests) has no showModal: the open attribute shows it all the same.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener("close", handleClose);
    return () => {
      dialog.removeEventListener("close", handleClose);
      // Unmounted: React removes the element, which takes it out of the top layer.
      if (dialog.isConnected && dialog.open) {
        if (typeof dialog.close === "function") dialog.close();
        else dialog.removeAttribute("open");
      }
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog ref={ref} aria-labelledby={labelledBy} className={`member-dialog ${className ?? ""}`}>
      {children}
    </dialog>
  );
}
