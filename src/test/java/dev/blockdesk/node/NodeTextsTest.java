package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.blockdesk.chain.ChainText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The node's refusals the window shows: English as before, and in Simplified Chinese and Korean. */
class NodeTextsTest {

    private static void says(ChainText text, String english, String chinese, String korean) {
        assertEquals(english, text.english());
        assertEquals(english, text.in(Locale.ENGLISH));
        assertEquals(chinese, text.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals(korean, text.in(Locale.KOREAN));
    }

    @Test
    void aFullPendingPool() {
        PendingPoolFullException e = new PendingPoolFullException(1000);
        assertEquals("pending pool is full (1000 transactions); mine a block first", e.getMessage());
        says(
                e.text(),
                "pending pool is full (1000 transactions); mine a block first",
                "待处理交易池已满（1000 笔交易）；请先挖出一个区块",
                "대기 중인 거래가 가득 찼습니다(1000건). 먼저 블록을 채굴하세요");
    }

    @Test
    void tooManyPeers() {
        TooManyPeersException one = new TooManyPeersException(64, 64, 1);
        assertEquals(
                "too many peers: adding 1 new address to our 64 would pass the limit of 64 peers; nothing was added",
                one.getMessage());
        says(
                new TooManyPeersException(1000, 999, 2).text(),
                "too many peers: adding 2 new addresses to our 999 would pass the limit of 1000 peers; nothing was added",
                "对等节点太多：在现有的 999 个之外再添加 2 个新地址，会超过 1000 个对等节点的上限；没有添加任何地址",
                "피어가 너무 많습니다: 현재 피어 999개에 새 주소 2개를 더하면 한도인 피어 1000개를 넘습니다. 아무것도 추가하지 않았습니다");
        says(
                TooManyPeersException.inOneRegistration(64, 1200).text(),
                "too many addresses in one registration (1200); a node keeps at most 64 peers; nothing was added",
                "一次注册中的地址太多（1200 个）；一个节点最多保留 64 个对等节点；没有添加任何地址",
                "한 번의 등록에 주소가 너무 많습니다(1200개). 노드는 피어를 최대 64개까지 둡니다. 아무것도 추가하지 않았습니다");
    }

    private static ChainText refusal(String address) {
        return assertThrows(InvalidPeerAddressException.class, () -> PeerAddress.parse(address))
                .text();
    }

    @Test
    void peerAddressesThatCannotBeUsed() {
        says(refusal(" "), "the address is empty", "地址为空", "주소가 비어 있습니다");
        says(refusal("x".repeat(301)), "the address is too long", "地址太长", "주소가 너무 깁니다");
        says(
                refusal("ftp://127.0.0.1:5001"),
                "only http:// and https:// peers are supported, not ftp://",
                "只支持 http:// 和 https:// 的对等节点，不支持 ftp://",
                "http://와 https:// 피어만 지원합니다. ftp://은(는) 지원하지 않습니다");
        says(
                refusal("http://127.0.0.1:5001/chain"),
                "a peer address is only scheme, host and port, like http://127.0.0.1:5001",
                "对等节点的地址只包含协议、主机和端口，例如 http://127.0.0.1:5001",
                "피어 주소는 http://127.0.0.1:5001처럼 스킴, 호스트, 포트로만 이루어집니다");
        says(
                refusal("127.0.0.1:99999"),
                "the port must be a number from 1 to 65535, not 99999",
                "端口必须是 1 到 65535 之间的数字，而不是 99999",
                "포트는 1부터 65535까지의 숫자여야 합니다. 99999은(는) 쓸 수 없습니다");
        says(
                refusal("127.0.0.1:port"),
                "the port must be a number from 1 to 65535",
                "端口必须是 1 到 65535 之间的数字",
                "포트는 1부터 65535까지의 숫자여야 합니다");
        says(
                refusal("a b"),
                "\"a b\" is not an address like http://127.0.0.1:5001",
                "“a b”不是像 http://127.0.0.1:5001 这样的地址",
                "\"a b\"은(는) http://127.0.0.1:5001 같은 주소가 아닙니다");
    }

    @Test
    void aRegistrationNamesTheAddressItRefuses() {
        PeerRegistry registry = new PeerRegistry();
        registry.setSelf(Set.of(PeerAddress.of("127.0.0.1", 5000)));
        InvalidPeerAddressException bad =
                assertThrows(InvalidPeerAddressException.class, () -> registry.parse(List.of("ftp://x")));
        assertEquals("\"ftp://x\": only http:// and https:// peers are supported, not ftp://", bad.getMessage());
        says(
                bad.text(),
                bad.getMessage(),
                "\"ftp://x\"：只支持 http:// 和 https:// 的对等节点，不支持 ftp://",
                "\"ftp://x\": http://와 https:// 피어만 지원합니다. ftp://은(는) 지원하지 않습니다");
        InvalidPeerAddressException self =
                assertThrows(InvalidPeerAddressException.class, () -> registry.parse(List.of("http://127.0.0.1:5000")));
        says(
                self.text(),
                "\"http://127.0.0.1:5000\": that is this node's own address",
                "\"http://127.0.0.1:5000\"：这是本节点自己的地址",
                "\"http://127.0.0.1:5000\": 이 노드 자신의 주소입니다");
    }

    @Test
    void webOriginsThatCannotBeLetIn() {
        InvalidOriginException scheme =
                assertThrows(InvalidOriginException.class, () -> CorsOrigins.parse("example.org"));
        says(
                scheme.text(),
                "\"example.org\" is not a web origin: it must start with a scheme, like https:// (like"
                        + " https://explorer.example or http://localhost:3000; add =write to let it write too)",
                "“example.org”不是网页来源：它必须以协议开头，例如 https://（例如 https://explorer.example 或"
                        + " http://localhost:3000；加上 =write 可同时允许它写入）",
                "\"example.org\"은(는) 웹 출처가 아닙니다: https://처럼 스킴으로 시작해야 합니다 (예: https://explorer.example 또는"
                        + " http://localhost:3000. 쓰기도 허용하려면 =write을(를) 붙이세요)");
        says(
                assertThrows(InvalidOriginException.class, () -> CorsOrigins.parse("*=write"))
                        .text(),
                "\"*=write\": * lets every web page read, never write; name each origin that may write",
                "“*=write”：* 只允许所有网页读取，不允许写入；请逐一写出可以写入的来源",
                "\"*=write\": *는 모든 웹 페이지에 읽기만 허용하고 쓰기는 허용하지 않습니다. 쓸 수 있는 출처는 하나씩 적으세요");
        assertEquals(
                "\"null\" is not a web origin: \"null\" is the origin of sandboxed and local pages, which any page can"
                        + " be; it cannot be let in (like https://explorer.example or http://localhost:3000; add"
                        + " =write to let it write too)",
                assertThrows(IllegalArgumentException.class, () -> CorsOrigins.origin("null"))
                        .getMessage());
    }
}
