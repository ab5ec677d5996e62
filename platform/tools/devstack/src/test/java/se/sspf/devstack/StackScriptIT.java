package se.sspf.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The README's run command as a newcomer uses it, on what this build just packaged: {@code ./stack up}
 * starts the broker, the mail catcher, the identity server, the four services and the gateway and
 * waits for all of them; the smoke script walks a case through the gateway; {@code ./stack down}
 * leaves none of the stack's processes behind. Its own databases and state directory, so a
 * developer's stack keeps its data.
 */
class StackScriptIT {

    private static final Path ROOT = Path.of(System.getProperty("sspf.root", "../../.."));
    private static final Path STATE = Path.of(System.getProperty("sspf.stack.dir", "target/stack-it")).toAbsolutePath();
    private static final Pattern READY_IN = Pattern.compile("all ready: the applications (\\d+) s after they were "
            + "started");

    @AfterAll
    static void stopWhateverIsLeft() throws Exception {
        stack(Duration.ofSeconds(90), "down");
    }

    @Test
    void upBringsEveryPartToReadyTheSmokeScenarioPassesAndDownLeavesNoProcess() throws Exception {
        Result up = stack(Duration.ofMinutes(6), "up", "--detach", "--fresh", "--no-build", "--demo-data");
        assertThat(up.exit()).as(up.output()).isZero();
        Matcher ready = READY_IN.matcher(up.output());
        assertThat(ready.find()).as(up.output()).isTrue();
        System.out.println("stack: applications ready " + ready.group(1) + " s after their start");
        assertThat(Integer.parseInt(ready.group(1))).as("the issue's bound").isLessThanOrEqualTo(90);
        assertThat(up.output()).as("the demo data set: four youths").containsPattern("(?s)(demo data: case .*){4}");

        Result status = stack(Duration.ofSeconds(30), "status");
        assertThat(status.output().lines().filter(line -> line.endsWith(" ready"))).hasSize(8);
        List<Long> pids = status.output().lines().map(line -> line.replaceAll(".* pid (\\d+) .*", "$1"))
                .map(Long::parseLong).toList();

        Result smoke = stack(Duration.ofMinutes(2), "smoke");
        assertThat(smoke.exit()).as(smoke.output()).isZero();
        assertThat(smoke.output()).contains("smoke: all steps passed");

        Result down = stack(Duration.ofSeconds(90), "down");
        assertThat(down.exit()).as(down.output()).isZero();
        assertThat(pids).as("every process the stack started has ended")
                .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains("-Dsspf.stack=")))
                .as("no process of a stack is left").isEmpty();
    }

    private static Result stack(Duration atMost, String... arguments) throws IOException, InterruptedException {
        Path output = Files.createTempFile("stack", ".out");
        ProcessBuilder builder = new ProcessBuilder(command(arguments)).directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("SSPF_STACK_DIR", STATE.toString());
        builder.environment().put("SSPF_STACK_DB_PREFIX", "sspf_stackit_");
        Process process = builder.start();
        if (!process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
            process.destroy();
            throw new AssertionError("./stack " + String.join(" ", arguments) + " took longer than " + atMost + ":\n"
                    + Files.readString(output));
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(text);
        return new Result(process.exitValue(), text);
    }

    private static List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(List.of("./stack"));
        command.addAll(List.of(arguments));
        return command;
    }

    private record Result(int exit, String output) {
    }
}
