using Screening.Functions;
using Screening.LocalHost;
using Screening.LocalHost.SignIn;
using Screening.LocalHost.Uploads;

if (args is ["upload-lists", .. var paths])
{
    return await ListUploadCommand.RunAsync(paths, args);
}

// The console's development sign-in replaces Entra ID here, and only here.
var app = LocalFunctionHost.Build(args, (services, configuration) => services.AddScreening(configuration).AddDevelopmentSignIn());
app.MapDevelopmentSignIn();
await app.RunAsync();
return 0;
