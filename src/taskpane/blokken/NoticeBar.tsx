import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Notice } from "./wordErrorMessage";

export function NoticeBar({ notice }: { notice: Notice }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.body ? ` ${notice.body}` : null}
      </MessageBarBody>
    </MessageBar>
  );
}
