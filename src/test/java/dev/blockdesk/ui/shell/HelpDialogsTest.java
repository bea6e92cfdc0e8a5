package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Help → API endpoints' text: the routes as the protocol writes them, each described in the window's language. */
class HelpDialogsTest {

    private static final String URL = "http://127.0.0.1:5000";
    private static final String NODE = "a".repeat(32);

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void theEnglishTextIsTheOneItAlwaysWas() {
        assertEquals(
                "This node serves the Python tutorial node's API at " + URL + "\n\n"
                        + "GET  /chain                 the whole chain\n"
                        + "GET  /mine                  mine a block\n"
                        + "POST /transactions/new      {\"sender\", \"recipient\", \"amount\"}\n"
                        + "GET  /transactions/pending  pending transactions\n"
                        + "POST /nodes/register        {\"nodes\": [\"http://127.0.0.1:5001\"]}\n"
                        + "GET  /nodes                 peers and their status\n"
                        + "GET  /nodes/resolve         consensus with the peers\n\n"
                        + "curl " + URL + "/chain\n"
                        + "curl " + URL + "/mine\n"
                        + "curl -X POST -H 'Content-Type: application/json' -d '{\"sender\": \"" + NODE
                        + "\", \"recipient\": \"bob\", \"amount\": 5}' " + URL + "/transactions/new\n"
                        + "curl -X POST -d '{\"nodes\": [\"http://127.0.0.1:5001\"]}' " + URL + "/nodes/register\n"
                        + "curl " + URL + "/nodes/resolve\n",
                HelpDialogs.apiText(URL, NODE));
    }

    @Test
    void koreanDescribesTheRoutesAndKeepsThemAndTheCurlLines() {
        Messages.use(Language.KOREAN);
        String text = HelpDialogs.apiText(URL, NODE);
        assertTrue(text.startsWith("이 노드는 " + URL + "에서 Python 튜토리얼 노드의 API를 제공합니다\n\n"), text);
        assertTrue(text.contains("\nGET  /mine                  블록 하나 채굴\n"), text);
        assertTrue(text.contains("\nGET  /nodes/resolve         피어들과 합의\n"), text);
        assertTrue(text.contains("\ncurl " + URL + "/nodes/resolve\n"), text);
    }
}
