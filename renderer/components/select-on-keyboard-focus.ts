import { useRef, type FocusEvent } from 'react';

/**
 * Handlers for a field whose content is selected when it is entered by keyboard (Tab, or Enter moving the
 * focus on), so a typed value replaces it instead of joining it ("1" then "2" must not make 12). A click still
 * puts the caret where the mouse is.
 */
export function useSelectOnKeyboardFocus() {
  const isPointer = useRef(false);
  return {
    onMouseDown: () => {
      isPointer.current = true;
    },
    onFocus: (event: FocusEvent<HTMLInputElement>) => {
      if (!isPointer.current) event.target.select();
      isPointer.current = false;
    },
    onBlur: () => {
      isPointer.current = false;
    },
  };
}
