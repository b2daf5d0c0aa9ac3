using Screening.LocalHost.Invocation;
using Screening.LocalHost.Metadata;

namespace Screening.LocalHost.Tests.Invocation;

public sealed class BindingValidatorTests
{
    [Fact]
    public void Accepts_the_test_apps_functions()
    {
        var functions = FunctionMetadataReader.Read(TestApp.Directory).Select(d => FunctionTarget.Resolve(d, TestApp.Directory));
        BindingValidator.Validate(functions);
    }

    [Fact]
    public void An_unsupported_binding_fails_start_up_naming_the_function()
    {
        var directory = Directory.CreateTempSubdirectory().FullName;
        File.Copy(Path.Combine(TestApp.Directory, "Screening.LocalHost.TestApp.dll"), Path.Combine(directory, "Screening.LocalHost.TestApp.dll"));
        File.WriteAllText(Path.Combine(directory, FunctionMetadataReader.FileName), """
            [{ "name": "Tick", "scriptFile": "Screening.LocalHost.TestApp.dll", "entryPoint": "Screening.LocalHost.TestApp.Tick.Run",
               "bindings": [ { "name": "timer", "type": "timerTrigger", "direction": "In", "schedule": "0 * * * * *" },
                             { "name": "out", "type": "queue", "direction": "Out", "queueName": "q" } ] }]
            """);
        var functions = FunctionMetadataReader.Read(directory).Select(d => FunctionTarget.Resolve(d, directory));
        var error = Assert.Throws<NotSupportedException>(() => BindingValidator.Validate(functions));
        Assert.Contains("'Tick'", error.Message, StringComparison.Ordinal);
        Assert.Contains("queue", error.Message, StringComparison.Ordinal);
    }
}
