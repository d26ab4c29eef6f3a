package jp.mamori.db.server.guard;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/** Counts open connections per source address and in total; a connection over either cap is never handed to H2. */
final class ConnectionGate {

    private final Map<InetAddress, Integer> open = new HashMap<>();
    private int total;

    synchronized boolean tryEnter(InetAddress address, GuardPolicy policy) {
        int fromAddress = open.getOrDefault(address, 0);
        if (fromAddress >= policy.connectionsPerAddress() || total >= policy.connectionsTotal()) {
            return false;
        }
        open.put(address, fromAddress + 1);
        total++;
        return true;
    }

    synchronized void leave(InetAddress address) {
        Integer fromAddress = open.get(address);
        if (fromAddress == null) {
            return;
        }
        if (fromAddress <= 1) {
            open.remove(address);
        } else {
            open.put(address, fromAddress - 1);
        }
        total--;
    }

    synchronized int openFrom(InetAddress address) {
        return open.getOrDefault(address, 0);
    }
}
