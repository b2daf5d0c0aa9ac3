using Screening.Deployment.Tests.Arm;

namespace Screening.Deployment.Tests.Infra;

/// <summary>New alerts go to an Event Grid custom topic as CloudEvents 1.0; only the app's identity may publish, by Entra ID.</summary>
[Collection(CompiledInfraDefinition.Name)]
public sealed class AlertTopicTests(CompiledInfra infra)
{
    private const string EventGridDataSender = "d5a91429-5739-47e2-a06b-3470a27159e7";

    [Fact]
    public void Main_creates_a_cloud_events_topic_without_key_auth()
    {
        var topic = Assert.Single(infra.Main.AllDeployedResources("Microsoft.EventGrid/topics"));

        Assert.Equal("CloudEventSchemaV1_0", topic.Properties?["inputSchema"]?.GetValue<string>());
        Assert.True(topic.Properties?["disableLocalAuth"]?.GetValue<bool>());
    }

    [Fact]
    public void Lets_the_app_identity_send_to_that_topic_only()
    {
        var role = infra.Main.Module("app-alert-topic-role");
        var assignment = Assert.Single(role.Resources, r => r.Type == "Microsoft.Authorization/roleAssignments");

        Assert.Equal(EventGridDataSender, role.Variable("eventGridDataSenderRoleId")?.GetValue<string>());
        Assert.Equal("[resourceId('Microsoft.EventGrid/topics', parameters('topicName'))]", assignment.Element["scope"]?.GetValue<string>());
        Assert.Equal("ServicePrincipal", assignment.Properties?["principalType"]?.GetValue<string>());
        Assert.Equal(infra.Main.Module("identity").Parameter("name")?.GetValue<string>(), role.Parameter("identityName")?.GetValue<string>());
    }
}
