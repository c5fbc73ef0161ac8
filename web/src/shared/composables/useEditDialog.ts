import { ref, type Ref } from 'vue'

/** A list page's add / change dialog: whether it is open and which row it changes (null: adding one). */
export function useEditDialog<T>() {
  const visible = ref(false)
  const editing = ref(null) as Ref<T | null>

  function open(row: T | null): void {
    editing.value = row
    visible.value = true
  }

  return { visible, editing, open }
}
