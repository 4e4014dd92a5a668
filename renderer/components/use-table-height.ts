import { useEffect, useState } from 'react';

/**
 * A virtual table needs its height in pixels; this fills the window below the page's own header
 * (`reserved` pixels) and follows resizes, so a 768-pixel laptop screen shows no second scroll bar.
 */
export function useTableHeight(reserved: number, minimum = 280): number {
  const [height, setHeight] = useState(() => Math.max(minimum, window.innerHeight - reserved));
  useEffect(() => {
    const update = () => setHeight(Math.max(minimum, window.innerHeight - reserved));
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [reserved, minimum]);
  return height;
}
