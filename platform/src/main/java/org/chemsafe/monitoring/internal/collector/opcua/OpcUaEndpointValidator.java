package org.chemsafe.monitoring.internal.collector.opcua;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chemsafe.shared.FieldViolations;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.jspecify.annotations.Nullable;

/** Checks {@link ValidOpcUaEndpoint}; each problem names its field ({@code url}, {@code mappings[i].nodeId}). */
class OpcUaEndpointValidator implements ConstraintValidator<ValidOpcUaEndpoint, OpcUaEndpointRequest> {

    @Override
    public boolean isValid(@Nullable OpcUaEndpointRequest endpoint, ConstraintValidatorContext context) {
        if (endpoint == null) {
            return true;
        }
        boolean valid = true;
        if (endpoint.url() != null && !isOpcTcp(endpoint.url().strip())) {
            valid = FieldViolations.refuse(context, "url", "{monitoring.opcua.url}");
        }
        if (endpoint.password() != null && !endpoint.password().isEmpty() && endpoint.user() == null) {
            valid = FieldViolations.refuse(context, "password", "{monitoring.opcua.password-without-user}");
        }
        if (endpoint.mappings() == null) {
            return valid;
        }
        Set<NodeId> seen = new HashSet<>();
        for (int i = 0; i < endpoint.mappings().size(); i++) {
            NodeMapping mapping = endpoint.mappings().get(i);
            if (mapping == null || mapping.nodeId() == null || mapping.nodeId().isBlank()) {
                continue;
            }
            NodeId node = NodeId.parseOrNull(mapping.nodeId().strip());
            if (node == null) {
                valid = FieldViolations.refuse(context, "mappings[" + i + "].nodeId", "{monitoring.opcua.node-id}");
            } else if (!seen.add(node)) {
                valid = FieldViolations.refuse(context, "mappings[" + i + "].nodeId",
                        "{monitoring.opcua.node-id-repeated}");
            }
        }
        return valid;
    }

    /** opc.tcp://host[:port][/path], nothing else (no user info, query or fragment). */
    static boolean isOpcTcp(String url) {
        try {
            URI uri = new URI(url);
            return "opc.tcp".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null
                    && uri.getQuery() == null && uri.getFragment() == null
                    && (uri.getPort() == -1 || uri.getPort() <= 65_535);
        } catch (URISyntaxException invalid) {
            return false;
        }
    }
}
