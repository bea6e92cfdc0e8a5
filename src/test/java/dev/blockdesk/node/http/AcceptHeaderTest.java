package dev.blockdesk.node.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who gets a page and who gets JSON, from the Accept headers real clients send. */
class AcceptHeaderTest {

    @ParameterizedTest(name = "[{index}] Accept: {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                // client                                                                      | prefers HTML | prefers
                // JSON
                "NONE                                                                           | false | false",
                "*/*                                                                            | false | false",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8               | true  | false",
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7 | true | false",
                "application/json                                                               | false | true",
                "application/json, text/plain, */*                                              | false | false",
                "application/json, text/html                                                    | false | false",
                "application/json;q=0.5, text/html                                              | true  | false",
                "text/*;q=0.3, application/*                                                    | false | true",
                "text/html;q=0, */*                                                             | false | true",
                "text/html;q=abc, application/json;q=0.1                                        | false | true",
                "'  '                                                                           | false | false",
                ";;,,;q=                                                                        | false | false",
            })
    void browsersGetPagesAndJsonClientsGetJson(String header, boolean html, boolean json) {
        AcceptHeader accept = new AcceptHeader(header);
        assertEquals(html, accept.prefersHtml(), "prefers HTML");
        assertEquals(json, accept.prefersJson(), "prefers JSON");
    }
}
