import { BellFilled, DataLine, Document, HomeFilled, Key, Lock, Message, OfficeBuilding, Setting, User, Warning } from '@element-plus/icons-vue'

/** Icons that routes may name in `meta.icon`. */
export const menuIcons = {
  HomeFilled,
  OfficeBuilding,
  Setting,
  User,
  Document,
  Key,
  Lock,
  Warning,
  BellFilled,
  Message,
  DataLine
} as const

export type MenuIcon = keyof typeof menuIcons
