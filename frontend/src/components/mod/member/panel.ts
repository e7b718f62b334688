import type { Schemas } from "../../../api/client";

export interface PanelProps {
  user: Schemas["UserRead"];
  mayAct: boolean;
  username: string;
}
